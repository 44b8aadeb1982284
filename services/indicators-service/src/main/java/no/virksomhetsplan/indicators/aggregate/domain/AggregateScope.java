package no.virksomhetsplan.indicators.aggregate.domain;

/** Whose values an aggregate covers: the unit's own, or the unit's with everything below it in the org tree. */
public enum AggregateScope {
    UNIT,
    SUBTREE
}
