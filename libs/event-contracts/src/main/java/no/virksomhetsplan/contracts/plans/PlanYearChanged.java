package no.virksomhetsplan.contracts.plans;

import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * A plan year was opened for planning, became active, or was closed (read-only from then on).
 * Published on {@link no.virksomhetsplan.contracts.Topics#PLANS}.
 *
 * @param year    the budget year, e.g. 2027
 * @param state   PLANNING, ACTIVE or CLOSED
 * @param version the plan year's version after this change
 */
public record PlanYearChanged(int year, String state, long version) implements IntegrationEvent {

    public static final String TYPE = "no.virksomhetsplan.plans.plan-year-changed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return "plan-year/" + year;
    }
}
