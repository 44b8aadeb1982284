package no.virksomhetsplan.checklists.response.domain;

import java.util.List;
import java.util.UUID;

/** One answer as someone sends it; checked against the question by {@link ResponseSheet#answer}. */
public record AnswerInput(UUID questionId, AnswerValue value, String comment, List<String> evidence) {
}
