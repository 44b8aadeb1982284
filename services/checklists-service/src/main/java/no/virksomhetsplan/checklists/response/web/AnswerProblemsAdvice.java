package no.virksomhetsplan.checklists.response.web;

import no.virksomhetsplan.checklists.response.domain.AnswerProblemsException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers that do not fit their questions: 422 problem details naming each question in {@code errors}. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AnswerProblemsAdvice {

    @ExceptionHandler(AnswerProblemsException.class)
    ProblemDetail answerProblems(AnswerProblemsException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Answers that do not fit their questions");
        problem.setProperty("errors", e.problems());
        return problem;
    }
}
