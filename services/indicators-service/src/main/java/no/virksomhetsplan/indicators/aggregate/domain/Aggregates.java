package no.virksomhetsplan.indicators.aggregate.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.indicators.definition.domain.IndicatorId;
import no.virksomhetsplan.indicators.period.domain.Period;

/** Where aggregates are kept, so that no report ever adds up values on read; every method is scoped to one municipality. */
public interface Aggregates {

    /**
     * Rebuilds the targets from the current values (the unit's own) and the units' own aggregates (subtrees), within the
     * caller's transaction and after its values are written. Changes of the same indicator are serialised until the
     * transaction ends, so two batches never each miss the other's values.
     */
    void rebuild(String tenant, List<AggregateTarget> targets);

    /** The aggregates of an indicator for a unit whose periods begin within {@code from}–{@code to}, by period. */
    List<Aggregate> of(String tenant, IndicatorId indicator, UUID unitId, Period from, Period to, Collection<AggregateScope> scopes);
}
