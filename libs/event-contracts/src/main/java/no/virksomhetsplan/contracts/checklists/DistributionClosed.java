package no.virksomhetsplan.contracts.checklists;

import java.time.Instant;
import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * A distribution was locked: nothing more is answered or submitted in it. Published on
 * {@link no.virksomhetsplan.contracts.Topics#CHECKLISTS}, keyed by the distribution.
 */
public record DistributionClosed(UUID distributionId, String closedBy, Instant closedAt, long version)
        implements IntegrationEvent {

    public static final String TYPE = "no.virksomhetsplan.checklists.distribution-closed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return "distribution/" + distributionId;
    }
}
