package no.virksomhetsplan.checklists.overview.domain;

/** What the overview counts of units' checklists: how many were given, in which state, and their deviations. */
public enum ResponseMeasure {
    ASSIGNED, NOT_STARTED, DRAFT, SUBMITTED, DEVIATIONS_OPEN, DEVIATIONS_CLOSED
}
