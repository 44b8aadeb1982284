package no.virksomhetsplan.plans.planyear.domain;

/** A plan year moves forward only: planning → active → closed. A closed year is read-only. */
public enum PlanYearState {
    PLANNING, ACTIVE, CLOSED
}
