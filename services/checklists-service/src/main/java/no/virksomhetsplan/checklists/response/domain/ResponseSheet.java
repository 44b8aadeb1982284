package no.virksomhetsplan.checklists.response.domain;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.virksomhetsplan.checklists.distribution.domain.Distribution;
import no.virksomhetsplan.checklists.overview.domain.CounterDeltas;
import no.virksomhetsplan.checklists.overview.domain.QuestionMeasure;
import no.virksomhetsplan.checklists.overview.domain.ResponseMeasure;
import no.virksomhetsplan.checklists.template.domain.Question;
import no.virksomhetsplan.checklists.template.domain.QuestionType;
import no.virksomhetsplan.checklists.template.domain.TemplateVersion;
import no.virksomhetsplan.contracts.checklists.AnswersSaved;
import no.virksomhetsplan.contracts.checklists.ResponseSubmitted;
import no.virksomhetsplan.platform.domain.ConflictException;

/**
 * A unit's checklist with the questions of its template version and the current answer to each: the rules of
 * answering and submitting. Answers are only ever added; a draft is answered as often as needed until it is
 * submitted, and a submitted checklist, a locked one or one past its deadline is not answered any more.
 */
public final class ResponseSheet {

    public static final int MAX_TEXT_LENGTH = 4000;
    public static final int MAX_REASON_LENGTH = 2000;
    public static final int MAX_COMMENT_LENGTH = 4000;
    public static final int MAX_EVIDENCE_LINKS = 20;
    public static final int MAX_LINK_LENGTH = 2000;

    private final Response response;
    private final Distribution distribution;
    private final TemplateVersion template;
    private final Map<UUID, Answer> current;

    public ResponseSheet(Response response, Distribution distribution, TemplateVersion template, Map<UUID, Answer> current) {
        this.response = response;
        this.distribution = distribution;
        this.template = template;
        this.current = Map.copyOf(current);
    }

    public Response response() {
        return response;
    }

    public Distribution distribution() {
        return distribution;
    }

    public TemplateVersion template() {
        return template;
    }

    /** The current answer to each answered question. */
    public Map<UUID, Answer> current() {
        return current;
    }

    /**
     * Saves answers to the draft. Every answer is checked against its question first; if any does not fit, nothing is
     * saved and every problem is named.
     */
    public SheetChange answer(List<AnswerInput> inputs, String by, Instant at, LocalDate today) {
        requireAnswerable(today);
        if (inputs.isEmpty()) {
            throw new AnswerProblemsException("No answers were sent.", List.of());
        }
        List<QuestionProblem> problems = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        Map<UUID, Question> questions = template.questionsById();
        List<Answer> answers = new ArrayList<>();
        for (AnswerInput input : inputs) {
            Question question = input.questionId() == null ? null : questions.get(input.questionId());
            if (question == null) {
                problems.add(new QuestionProblem(input.questionId(), null, "is not a question of this checklist"));
                continue;
            }
            if (!seen.add(question.id())) {
                problems.add(new QuestionProblem(question.id(), question.text(), "is answered twice in one request"));
                continue;
            }
            int before = problems.size();
            AnswerValue value = input.value() == null ? new AnswerValue(null, null, null, null, null) : input.value();
            checkValue(question, value, problems);
            String comment = blankToNull(input.comment());
            if (comment != null && comment.length() > MAX_COMMENT_LENGTH) {
                problems.add(new QuestionProblem(question.id(), question.text(), "the comment is longer than " + MAX_COMMENT_LENGTH + " characters"));
            }
            List<String> evidence = input.evidence() == null ? List.of() : input.evidence();
            checkEvidence(question, evidence, problems);
            if (problems.size() == before) {
                answers.add(new Answer(question.id(), normalised(question, value), comment,
                        evidence.stream().map(String::strip).toList(), by, at));
            }
        }
        if (!problems.isEmpty()) {
            throw new AnswerProblemsException("Nothing was saved: some answers do not fit their questions.", problems);
        }
        CounterDeltas deltas = new CounterDeltas();
        Response next = response.withStatus(ResponseStatus.DRAFT);
        if (response.status() == ResponseStatus.NOT_STARTED) {
            deltas.add(distribution.id().value(), response.unitId().value(), ResponseMeasure.NOT_STARTED, -1)
                    .add(distribution.id().value(), response.unitId().value(), ResponseMeasure.DRAFT, 1);
        }
        AnswersSaved event = new AnswersSaved(response.id().value(), distribution.id().value(), response.unitId().value(),
                answers.stream().map(Answer::toData).toList(), next.version());
        return new SheetChange(next, answers, event, deltas);
    }

    /**
     * Submits the checklist: its current answers become final and count in the overview.
     *
     * @throws AnswerProblemsException naming every required question without an answer
     */
    public SheetChange submit(long basedOnVersion, String by, Instant at, LocalDate today) {
        requireAnswerable(today);
        if (basedOnVersion != response.version()) {
            throw new ConflictException("The checklist changed since version " + basedOnVersion + " (it is at version "
                    + response.version() + "): read it again before submitting.");
        }
        List<QuestionProblem> missing = template.content().questions().stream()
                .filter(question -> question.required() && !current.containsKey(question.id()))
                .map(question -> new QuestionProblem(question.id(), question.text(), "is required and has no answer"))
                .toList();
        if (!missing.isEmpty()) {
            throw new AnswerProblemsException("The checklist cannot be submitted: " + missing.size()
                    + " required question(s) have no answer.", missing);
        }
        UUID distributionId = distribution.id().value();
        UUID unitId = response.unitId().value();
        CounterDeltas deltas = new CounterDeltas()
                .add(distributionId, unitId, response.status() == ResponseStatus.DRAFT ? ResponseMeasure.DRAFT : ResponseMeasure.NOT_STARTED, -1)
                .add(distributionId, unitId, ResponseMeasure.SUBMITTED, 1);
        List<Answer> finalAnswers = new ArrayList<>();
        for (Question question : template.content().questions()) {
            Answer answer = current.get(question.id());
            if (answer == null) {
                continue;
            }
            finalAnswers.add(answer);
            deltas.add(distributionId, unitId, question.id(), QuestionMeasure.ANSWERED, 1);
            valueMeasure(answer.value()).ifPresent(measure -> deltas.add(distributionId, unitId, question.id(), measure, 1));
        }
        Response next = response.submitted(by, at);
        ResponseSubmitted event = new ResponseSubmitted(response.id().value(), distributionId, unitId,
                finalAnswers.stream().map(Answer::toData).toList(), by, at, next.version());
        return new SheetChange(next, List.of(), event, deltas);
    }

    /** A deviation may be raised from an answered question of a checklist that is not locked. */
    public Question requireAnswered(UUID questionId) {
        Question question = template.question(questionId).orElseThrow(() -> new AnswerProblemsException(
                "The deviation names no question of this checklist.",
                List.of(new QuestionProblem(questionId, null, "is not a question of this checklist"))));
        if (!current.containsKey(questionId)) {
            throw new AnswerProblemsException("A deviation is raised from an answer.",
                    List.of(new QuestionProblem(questionId, question.text(), "has no answer yet")));
        }
        if (distribution.closed()) {
            throw new ConflictException("The checklist \"" + distribution.title() + "\" is locked.");
        }
        return question;
    }

    private void requireAnswerable(LocalDate today) {
        distribution.requireOpen(today);
        if (response.status() == ResponseStatus.SUBMITTED) {
            throw new ConflictException("The checklist was submitted by " + response.submittedBy() + " at "
                    + response.submittedAt() + "; its answers are final.");
        }
    }

    private static Optional<QuestionMeasure> valueMeasure(AnswerValue value) {
        if (value.choice() != null) {
            return Optional.of(switch (value.choice()) {
                case YES -> QuestionMeasure.YES;
                case NO -> QuestionMeasure.NO;
                case NOT_RELEVANT -> QuestionMeasure.NOT_RELEVANT;
            });
        }
        if (value.checked() != null) {
            return Optional.of(value.checked() ? QuestionMeasure.CHECKED : QuestionMeasure.UNCHECKED);
        }
        return Optional.empty();
    }

    private static void checkValue(Question question, AnswerValue value, List<QuestionProblem> problems) {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("text", blankToNull(value.text()));
        given.put("checked", value.checked());
        given.put("choice", value.choice());
        given.put("number", value.number());
        QuestionType type = question.type();
        List<String> wrong = given.entrySet().stream()
                .filter(field -> field.getValue() != null && !field.getKey().equals(type.valueField()))
                .map(Map.Entry::getKey).toList();
        String kind = switch (type) {
            case TEXT -> "a text question";
            case CHECKBOX -> "a checkbox";
            case YES_NO -> "a yes/no question";
            case NUMBER -> "a number question";
        };
        if (!wrong.isEmpty()) {
            problems.add(new QuestionProblem(question.id(), question.text(), "is " + kind + ": answer it with '"
                    + type.valueField() + "', not '" + String.join("', '", wrong) + "'"));
            return;
        }
        if (given.get(type.valueField()) == null) {
            problems.add(new QuestionProblem(question.id(), question.text(), "is " + kind + " and has no '" + type.valueField() + "'"));
            return;
        }
        String reason = blankToNull(value.reason());
        if (type == QuestionType.YES_NO && value.choice() == Choice.NOT_RELEVANT && reason == null) {
            problems.add(new QuestionProblem(question.id(), question.text(), "is answered NOT_RELEVANT without a reason"));
        } else if (reason != null && value.choice() != Choice.NOT_RELEVANT) {
            problems.add(new QuestionProblem(question.id(), question.text(), "has a reason, which only goes with NOT_RELEVANT"));
        } else if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            problems.add(new QuestionProblem(question.id(), question.text(), "the reason is longer than " + MAX_REASON_LENGTH + " characters"));
        }
        if (type == QuestionType.TEXT && value.text().strip().length() > MAX_TEXT_LENGTH) {
            problems.add(new QuestionProblem(question.id(), question.text(), "the text is longer than " + MAX_TEXT_LENGTH + " characters"));
        }
        if (type == QuestionType.NUMBER && value.number().abs().compareTo(new BigDecimal("1e15")) >= 0) {
            problems.add(new QuestionProblem(question.id(), question.text(), "the number is out of range"));
        }
    }

    private static void checkEvidence(Question question, List<String> evidence, List<QuestionProblem> problems) {
        if (evidence.size() > MAX_EVIDENCE_LINKS) {
            problems.add(new QuestionProblem(question.id(), question.text(), "has more than " + MAX_EVIDENCE_LINKS + " evidence links"));
            return;
        }
        for (String link : evidence) {
            if (!isWebLink(link)) {
                problems.add(new QuestionProblem(question.id(), question.text(), "the evidence '" + abbreviated(link)
                        + "' is not an http(s) link"));
            }
        }
    }

    private static boolean isWebLink(String link) {
        if (link == null || link.isBlank() || link.strip().length() > MAX_LINK_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(link.strip());
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String abbreviated(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private static AnswerValue normalised(Question question, AnswerValue value) {
        return switch (question.type()) {
            case TEXT -> new AnswerValue(value.text().strip(), null, null, null, null);
            case CHECKBOX -> new AnswerValue(null, value.checked(), null, null, null);
            case YES_NO -> new AnswerValue(null, null, value.choice(), null,
                    value.choice() == Choice.NOT_RELEVANT ? value.reason().strip() : null);
            case NUMBER -> new AnswerValue(null, null, null, value.number(), null);
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
