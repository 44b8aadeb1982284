package no.virksomhetsplan.checklists.response.domain;

import java.util.UUID;

/** What is wrong with the answer to one question (or its absence). */
public record QuestionProblem(UUID questionId, String question, String message) {
}
