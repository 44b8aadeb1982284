package no.virksomhetsplan.contracts.checklists;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One answer to one question, as carried in checklist events. Only the value field of the question's type is set:
 * text (TEXT), checked (CHECKBOX), choice YES, NO or NOT_RELEVANT (YES_NO; NOT_RELEVANT with a reason), number (NUMBER).
 *
 * @param evidence links to documentation of the answer
 */
public record AnswerData(
        UUID questionId,
        String text,
        Boolean checked,
        String choice,
        BigDecimal number,
        String reason,
        String comment,
        List<String> evidence,
        String answeredBy,
        Instant answeredAt) {
}
