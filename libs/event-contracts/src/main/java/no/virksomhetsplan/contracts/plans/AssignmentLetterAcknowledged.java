package no.virksomhetsplan.contracts.plans;

import java.time.Instant;
import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * The leader of the receiving unit acknowledged a sent revision of an assignment letter. The content is the one
 * published with {@link AssignmentLetterSent} for the same revision.
 * Published on {@link no.virksomhetsplan.contracts.Topics#PLANS}.
 *
 * @param letterId       the letter
 * @param revision       the revision that was acknowledged
 * @param year           the plan year
 * @param fromUnitId     the sending unit
 * @param toUnitId       the receiving unit
 * @param acknowledgedAt when (UTC)
 * @param acknowledgedBy the receiving unit leader's username
 * @param version        the letter's version after this change
 */
public record AssignmentLetterAcknowledged(
        UUID letterId,
        int revision,
        int year,
        UUID fromUnitId,
        UUID toUnitId,
        Instant acknowledgedAt,
        String acknowledgedBy,
        long version) implements IntegrationEvent {

    public static final String TYPE = "no.virksomhetsplan.letters.letter-acknowledged.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return letterId.toString();
    }
}
