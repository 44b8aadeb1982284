package no.virksomhetsplan.plans.planyear.domain;

import no.virksomhetsplan.contracts.plans.PlanYearChanged;
import no.virksomhetsplan.platform.domain.RuleViolationException;

/** A municipality's budget year, the frame every plan, letter and goal of that year belongs to. */
public record PlanYear(String tenant, int year, PlanYearState state, long version) {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    public PlanYear {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new RuleViolationException("A plan year must be between " + FIRST_YEAR + " and " + LAST_YEAR + ".");
        }
    }

    public static Changed open(String tenant, int year) {
        return changed(new PlanYear(tenant, year, PlanYearState.PLANNING, 1));
    }

    public Changed activate() {
        if (state != PlanYearState.PLANNING) {
            throw new RuleViolationException("Only a plan year in planning can become active; " + year + " is " + state + ".");
        }
        return changed(new PlanYear(tenant, year, PlanYearState.ACTIVE, version + 1));
    }

    public Changed close() {
        if (state != PlanYearState.ACTIVE) {
            throw new RuleViolationException("Only an active plan year can be closed; " + year + " is " + state + ".");
        }
        return changed(new PlanYear(tenant, year, PlanYearState.CLOSED, version + 1));
    }

    public boolean isClosed() {
        return state == PlanYearState.CLOSED;
    }

    /** The plan year after a change, with the event that tells the other services. */
    public record Changed(PlanYear planYear, PlanYearChanged event) {
    }

    private static Changed changed(PlanYear planYear) {
        return new Changed(planYear, new PlanYearChanged(planYear.year, planYear.state.name(), planYear.version));
    }
}
