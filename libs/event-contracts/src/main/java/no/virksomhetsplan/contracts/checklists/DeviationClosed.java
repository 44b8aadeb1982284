package no.virksomhetsplan.contracts.checklists;

import java.time.Instant;
import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * A deviation was closed: its follow-up assignment was done. Published on
 * {@link no.virksomhetsplan.contracts.Topics#CHECKLISTS}, keyed by the deviation.
 *
 * @param closedBy who completed the follow-up
 */
public record DeviationClosed(UUID deviationId, UUID distributionId, UUID unitId, UUID followUpId, String closedBy,
        Instant closedAt, long version) implements IntegrationEvent {

    public static final String TYPE = "no.virksomhetsplan.checklists.deviation-closed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return "deviation/" + deviationId;
    }
}
