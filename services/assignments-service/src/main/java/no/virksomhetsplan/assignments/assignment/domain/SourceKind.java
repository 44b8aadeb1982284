package no.virksomhetsplan.assignments.assignment.domain;

/** Where an assignment comes from. */
public enum SourceKind {
    /** A goal set in plans-service. */
    GOAL,
    /** A decision of a political body, e.g. a verbalvedtak of the council. */
    COUNCIL_DECISION,
    /** A measure (tiltak) of the action and economy plan (HØP). */
    ECONOMY_PLAN_MEASURE,
    /** Nothing outside the organisation: the leader's own assignment. */
    NONE
}
