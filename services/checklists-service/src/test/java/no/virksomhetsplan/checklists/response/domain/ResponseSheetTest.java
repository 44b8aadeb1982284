package no.virksomhetsplan.checklists.response.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.checklists.distribution.domain.Distribution;
import no.virksomhetsplan.checklists.distribution.domain.Period;
import no.virksomhetsplan.checklists.distribution.domain.PeriodKind;
import no.virksomhetsplan.checklists.overview.domain.CounterDeltas;
import no.virksomhetsplan.checklists.overview.domain.QuestionMeasure;
import no.virksomhetsplan.checklists.overview.domain.ResponseMeasure;
import no.virksomhetsplan.checklists.template.domain.Area;
import no.virksomhetsplan.checklists.template.domain.Category;
import no.virksomhetsplan.checklists.template.domain.Checkpoint;
import no.virksomhetsplan.checklists.template.domain.Question;
import no.virksomhetsplan.checklists.template.domain.QuestionType;
import no.virksomhetsplan.checklists.template.domain.TemplateContent;
import no.virksomhetsplan.checklists.template.domain.TemplateVersion;
import no.virksomhetsplan.contracts.checklists.AnswersSaved;
import no.virksomhetsplan.contracts.checklists.ResponseSubmitted;
import no.virksomhetsplan.platform.domain.ConflictException;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;
import org.junit.jupiter.api.Test;

class ResponseSheetTest {

    private static final Instant NOW = Instant.parse("2027-03-20T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 20);

    private final Question exitsFree = new Question(UUID.randomUUID(), "Er rømningsveiene frie?", QuestionType.YES_NO, true);
    private final Question lightChecked = new Question(UUID.randomUUID(), "Er nødlyset kontrollert?", QuestionType.CHECKBOX, true);
    private final Question drills = new Question(UUID.randomUUID(), "Antall brannøvelser", QuestionType.NUMBER, false);
    private final Question measures = new Question(UUID.randomUUID(), "Tiltak", QuestionType.TEXT, false);
    private final TemplateVersion template = TemplateVersion.define(new TemplateContent("HMS", Area.HSE, null, List.of(
            new Category("Brannvern", List.of(new Checkpoint("Rømningsveier", List.of(exitsFree, lightChecked, drills)))),
            new Category("Arbeidsmiljø", List.of(new Checkpoint("Tiltak", List.of(measures)))))), "admin", NOW);
    private final Distribution march = Distribution.create(template.templateId(), 1, "HMS – mars 2027",
            new Period(PeriodKind.MONTH, 2027, 3), LocalDate.of(2027, 4, 5), true, "admin", NOW, TODAY);
    private final Response nordskogen = new Response(new ResponseId(UUID.randomUUID()), march.id(),
            new OrgUnitId(UUID.randomUUID()), null, ResponseStatus.NOT_STARTED, null, null, 1);

    private ResponseSheet sheet(Response response, Map<UUID, Answer> current) {
        return new ResponseSheet(response, march, template, current);
    }

    private static AnswerInput choice(Question question, Choice choice, String reason) {
        return new AnswerInput(question.id(), new AnswerValue(null, null, choice, null, reason), null, List.of());
    }

    @Test
    void answersOfTheQuestionsTypesAreSavedAsADraftAndCounted() {
        SheetChange change = sheet(nordskogen, Map.of()).answer(List.of(
                choice(exitsFree, Choice.NO, null),
                new AnswerInput(drills.id(), new AnswerValue(null, null, null, new BigDecimal("2"), null), "Høst og vår",
                        List.of("https://intranett.fjordvik.kommune.no/hms/ovelse"))), "per.berg", NOW, TODAY);

        assertThat(change.response().status()).isEqualTo(ResponseStatus.DRAFT);
        assertThat(change.response().version()).isEqualTo(2);
        assertThat(change.newAnswers()).extracting(Answer::questionId).containsExactly(exitsFree.id(), drills.id());
        assertThat(change.event()).isInstanceOf(AnswersSaved.class);
        assertThat(change.deltas().responses()).containsOnly(
                Map.entry(new CounterDeltas.ResponseKey(march.id().value(), nordskogen.unitId().value(), ResponseMeasure.NOT_STARTED), -1L),
                Map.entry(new CounterDeltas.ResponseKey(march.id().value(), nordskogen.unitId().value(), ResponseMeasure.DRAFT), 1L));
        assertThat(change.deltas().questions()).as("drafts do not count per question").isEmpty();
    }

    @Test
    void anAnswerOfTheWrongTypeIsRefusedNamingTheQuestionAndNothingIsSaved() {
        assertThatThrownBy(() -> sheet(nordskogen, Map.of()).answer(List.of(
                choice(exitsFree, Choice.YES, null),
                new AnswerInput(lightChecked.id(), new AnswerValue("ja", null, null, null, null), null, List.of()),
                new AnswerInput(drills.id(), new AnswerValue(null, null, Choice.YES, null, null), null, List.of())),
                "per.berg", NOW, TODAY))
                .isInstanceOfSatisfying(AnswerProblemsException.class, e -> {
                    assertThat(e.problems()).extracting(QuestionProblem::questionId).containsExactly(lightChecked.id(), drills.id());
                    assertThat(e.getMessage()).contains("Er nødlyset kontrollert?", "answer it with 'checked', not 'text'",
                            "Antall brannøvelser", "answer it with 'number', not 'choice'");
                });
    }

    @Test
    void notRelevantNeedsAReasonAndEvidenceMustBeWebLinks() {
        assertThatThrownBy(() -> sheet(nordskogen, Map.of()).answer(List.of(choice(exitsFree, Choice.NOT_RELEVANT, " ")),
                "per.berg", NOW, TODAY))
                .isInstanceOf(AnswerProblemsException.class).hasMessageContaining("NOT_RELEVANT without a reason");
        assertThatThrownBy(() -> sheet(nordskogen, Map.of()).answer(List.of(new AnswerInput(measures.id(),
                new AnswerValue("Ny rutine", null, null, null, null), null, List.of("file:///etc/passwd"))), "per.berg", NOW, TODAY))
                .isInstanceOf(AnswerProblemsException.class).hasMessageContaining("is not an http(s) link");
        assertThatThrownBy(() -> sheet(nordskogen, Map.of()).answer(List.of(new AnswerInput(UUID.randomUUID(),
                new AnswerValue("x", null, null, null, null), null, List.of())), "per.berg", NOW, TODAY))
                .isInstanceOf(AnswerProblemsException.class).hasMessageContaining("is not a question of this checklist");

        SheetChange change = sheet(nordskogen, Map.of()).answer(List.of(choice(exitsFree, Choice.NOT_RELEVANT, "Ingen rømningsveier i bygget")),
                "per.berg", NOW, TODAY);
        assertThat(change.newAnswers().get(0).value().reason()).isEqualTo("Ingen rømningsveier i bygget");
    }

    @Test
    void aSubmitWithRequiredQuestionsUnansweredNamesThem() {
        Answer no = new Answer(exitsFree.id(), new AnswerValue(null, null, Choice.NO, null, null), null, List.of(), "per.berg", NOW);
        assertThatThrownBy(() -> sheet(nordskogen.withStatus(ResponseStatus.DRAFT), Map.of(exitsFree.id(), no))
                .submit(2, "per.berg", NOW, TODAY))
                .isInstanceOfSatisfying(AnswerProblemsException.class, e -> {
                    assertThat(e.problems()).extracting(QuestionProblem::question).containsExactly("Er nødlyset kontrollert?");
                    assertThat(e.getMessage()).contains("1 required question(s) have no answer");
                });
    }

    @Test
    void aSubmitCountsEachAnswerUnderItsQuestionAndLocksTheChecklist() {
        Response draft = nordskogen.withStatus(ResponseStatus.DRAFT);
        Answer no = new Answer(exitsFree.id(), new AnswerValue(null, null, Choice.NO, null, null), null, List.of(), "per.berg", NOW);
        Answer checked = new Answer(lightChecked.id(), new AnswerValue(null, true, null, null, null), null, List.of(), "per.berg", NOW);
        SheetChange change = sheet(draft, Map.of(exitsFree.id(), no, lightChecked.id(), checked)).submit(2, "per.berg", NOW, TODAY);

        assertThat(change.response().status()).isEqualTo(ResponseStatus.SUBMITTED);
        assertThat(((ResponseSubmitted) change.event()).answers()).hasSize(2);
        UUID d = march.id().value();
        UUID u = nordskogen.unitId().value();
        assertThat(change.deltas().questions()).containsOnly(
                Map.entry(new CounterDeltas.QuestionKey(d, u, exitsFree.id(), QuestionMeasure.ANSWERED), 1L),
                Map.entry(new CounterDeltas.QuestionKey(d, u, exitsFree.id(), QuestionMeasure.NO), 1L),
                Map.entry(new CounterDeltas.QuestionKey(d, u, lightChecked.id(), QuestionMeasure.ANSWERED), 1L),
                Map.entry(new CounterDeltas.QuestionKey(d, u, lightChecked.id(), QuestionMeasure.CHECKED), 1L));

        ResponseSheet submitted = sheet(change.response(), Map.of(exitsFree.id(), no, lightChecked.id(), checked));
        assertThatThrownBy(() -> submitted.answer(List.of(choice(exitsFree, Choice.YES, null)), "per.berg", NOW, TODAY))
                .isInstanceOf(ConflictException.class).hasMessageContaining("its answers are final");
    }

    @Test
    void nothingIsAnsweredAfterTheDeadlineOrWhenLocked() {
        assertThatThrownBy(() -> sheet(nordskogen, Map.of()).answer(List.of(choice(exitsFree, Choice.YES, null)), "per.berg", NOW,
                LocalDate.of(2027, 4, 6)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("The deadline of the checklist");
        ResponseSheet locked = new ResponseSheet(nordskogen, march.close(1), template, Map.of());
        assertThatThrownBy(() -> locked.answer(List.of(choice(exitsFree, Choice.YES, null)), "per.berg", NOW, TODAY))
                .isInstanceOf(ConflictException.class).hasMessageContaining("is locked");
    }
}
