package no.virksomhetsplan.indicators.aggregate.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import no.virksomhetsplan.indicators.definition.domain.IndicatorDefinition;
import no.virksomhetsplan.indicators.period.domain.Period;

/**
 * Where aggregates are kept, so that no report ever adds up values on read, and the journal of changes not yet folded
 * into them. Batches of values only append to the journal; one aggregator at a time folds it into the aggregates.
 */
public interface Aggregates {

    /** A change in the journal, {@code seq} its place in the order changes were appended. */
    record PendingChange(long seq, String tenant, ValueChange change) {
    }

    /** Appends the changes, in their order, to the journal (in the caller's transaction). */
    void append(String tenant, List<ValueChange> changes);

    /**
     * Makes this transaction the only aggregator of the database until it ends, if no other one is.
     *
     * @return false if another transaction is the aggregator now
     */
    boolean becomeTheAggregator();

    /** Takes (removes) the earliest {@code limit} changes from the journal among those committed; in no particular order. */
    List<PendingChange> takePending(int limit);

    /** The last change appended to the journal for an indicator of a municipality that is not yet folded, if any. */
    OptionalLong lastPending(String tenant, UUID indicatorId);

    /** True while any change up to {@code seq} for the indicator of the municipality is not folded yet. */
    boolean isPending(String tenant, UUID indicatorId, long seq);

    /** The current own aggregates among {@code keys} of one municipality. */
    Map<AggregateKey, OwnAggregate> own(String tenant, Collection<AggregateKey> keys);

    /** Adds what the plan says to the own and below aggregates of one municipality. */
    void save(String tenant, AggregatePlan plan);

    /**
     * The aggregates of an indicator for a unit whose periods begin within {@code from}–{@code to}, by period; the
     * unit's own aggregate of a value's own period is the current value.
     */
    List<Aggregate> of(String tenant, IndicatorDefinition indicator, UUID unitId, Period from, Period to, Collection<AggregateScope> scopes);
}
