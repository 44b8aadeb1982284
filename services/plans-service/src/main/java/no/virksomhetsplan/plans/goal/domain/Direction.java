package no.virksomhetsplan.plans.goal.domain;

/** Which way a measure indicator improves: satisfaction rises towards its target, sick leave falls towards it. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
