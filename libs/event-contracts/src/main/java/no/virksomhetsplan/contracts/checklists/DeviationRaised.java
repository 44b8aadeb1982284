package no.virksomhetsplan.contracts.checklists;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * An answer raised a deviation (avvik, kommuneloven § 25-1 c). assignments-service follows it up with an assignment of
 * id {@code followUpId} in the unit; when that is done, checklists-service closes the deviation. Published on
 * {@link no.virksomhetsplan.contracts.Topics#CHECKLISTS}, keyed by the deviation.
 *
 * @param checklistTitle the title of the checklist the answer belongs to
 * @param questionText   the question that was answered
 * @param severity       LOW, MEDIUM or HIGH
 * @param responsible    who follows it up (username)
 * @param deadline       when it must be followed up, a calendar day in Norway
 * @param followUpId     the id the follow-up assignment gets
 */
public record DeviationRaised(
        UUID deviationId,
        UUID distributionId,
        UUID responseId,
        UUID unitId,
        UUID questionId,
        String checklistTitle,
        String questionText,
        String description,
        String severity,
        String responsible,
        LocalDate deadline,
        UUID followUpId,
        String raisedBy,
        Instant raisedAt) implements IntegrationEvent {

    public static final String TYPE = "no.virksomhetsplan.checklists.deviation-raised.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return "deviation/" + deviationId;
    }
}
