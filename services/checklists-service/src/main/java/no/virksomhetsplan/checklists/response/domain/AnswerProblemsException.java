package no.virksomhetsplan.checklists.response.domain;

import java.util.List;
import java.util.stream.Collectors;
import no.virksomhetsplan.platform.domain.RuleViolationException;

/** Answers that do not fit their questions, or a submission with required questions unanswered; names each question. */
public class AnswerProblemsException extends RuleViolationException {

    private final transient List<QuestionProblem> problems;

    public AnswerProblemsException(String summary, List<QuestionProblem> problems) {
        super(summary + " " + problems.stream()
                .map(problem -> (problem.question() == null ? "Question " + problem.questionId() : "\"" + problem.question() + "\"")
                        + ": " + problem.message())
                .collect(Collectors.joining("; ")) + ".");
        this.problems = List.copyOf(problems);
    }

    public List<QuestionProblem> problems() {
        return problems;
    }
}
