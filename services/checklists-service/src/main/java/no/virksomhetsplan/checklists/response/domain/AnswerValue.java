package no.virksomhetsplan.checklists.response.domain;

import java.math.BigDecimal;

/**
 * The value of an answer: the one field of the question's type, and for NOT_RELEVANT the reason.
 */
public record AnswerValue(String text, Boolean checked, Choice choice, BigDecimal number, String reason) {
}
