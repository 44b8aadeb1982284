package no.virksomhetsplan.contracts.plans;

import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * A superior changed which goals apply to a unit for a plan year. The event carries the whole set, so a replica
 * replaces what it has when the version is newer. Published on {@link no.virksomhetsplan.contracts.Topics#PLANS}.
 *
 * @param unitId  the org unit
 * @param year    the plan year
 * @param goalIds every goal that applies to the unit in that year (may be empty)
 * @param version the set's version after this change
 */
public record UnitGoalsChanged(UUID unitId, int year, List<UUID> goalIds, long version) implements IntegrationEvent {

    public static final String TYPE = "no.virksomhetsplan.plans.unit-goals-changed.v1";

    public UnitGoalsChanged {
        goalIds = List.copyOf(goalIds);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return "unit-goals/" + unitId + "/" + year;
    }
}
