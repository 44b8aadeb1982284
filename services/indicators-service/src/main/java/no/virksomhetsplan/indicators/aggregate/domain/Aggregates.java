package no.virksomhetsplan.indicators.aggregate.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.indicators.definition.domain.IndicatorId;
import no.virksomhetsplan.indicators.period.domain.Period;

/** Where aggregates are kept, so that no report ever adds up values on read; every method is scoped to one municipality. */
public interface Aggregates {

    /**
     * The current own aggregates among {@code keys}, their indicators locked until the transaction ends, so two batches
     * never work from the same old state.
     */
    Map<AggregateKey, OwnAggregate> lockOwn(String tenant, Collection<AggregateKey> keys);

    /** Adds what the plan says to the own and subtree aggregates. */
    void save(String tenant, AggregatePlan plan);

    /** The aggregates of an indicator for a unit whose periods begin within {@code from}–{@code to}, by period. */
    List<Aggregate> of(String tenant, IndicatorId indicator, UUID unitId, Period from, Period to, Collection<AggregateScope> scopes);
}
