package no.virksomhetsplan.contracts.org;

import java.time.LocalDate;
import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * A unit closes: from {@code closedFrom} on it is no longer part of the tree; earlier days keep it as it was.
 * A unit closes only when no open unit is below it. Published on {@link no.virksomhetsplan.contracts.Topics#ORG}.
 *
 * @param unitId     the unit
 * @param closedFrom the first day the unit no longer exists
 * @param version    the unit's version after this change; replicas ignore older versions
 */
public record OrgUnitClosed(UUID unitId, LocalDate closedFrom, long version) implements IntegrationEvent {

    public static final String TYPE = "no.virksomhetsplan.org.unit-closed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return unitId.toString();
    }
}
