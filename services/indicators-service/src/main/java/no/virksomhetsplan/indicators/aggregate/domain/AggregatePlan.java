package no.virksomhetsplan.indicators.aggregate.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.virksomhetsplan.indicators.definition.domain.Aggregation;
import no.virksomhetsplan.indicators.orgunit.domain.Unit;
import no.virksomhetsplan.indicators.period.domain.Period;

/**
 * How a set of stored values changes the aggregates, worked out in memory: a value for a month changes its unit's
 * tertial and year (its month is the value itself: no own aggregate is kept for a value's own period); where the
 * indicator rolls up, the month, tertial and year of what is below every unit above it. A unit's subtree aggregate is
 * its own combined with what is below it ({@link OwnAggregate#withBelow}), so a unit with nothing below it (most
 * units) needs no row of its own for its subtree. Everything is written as additions, so no aggregate is read first —
 * except the own aggregates of LAST indicators: a subtree adds up its units' latest values, so it must know what a
 * unit's latest value was.
 *
 * @param own   what to add to every own aggregate the changes touch
 * @param below what to add to the aggregate of what is below each unit above the changed units
 */
public record AggregatePlan(Map<AggregateKey, OwnChange> own, Map<AggregateKey, BelowChange> below) {

    /**
     * The own aggregates to read before planning: those of LAST indicators that roll up, for the periods enclosing the
     * values' own (a value's own period has no aggregate: the value is its own latest).
     */
    public static Set<AggregateKey> keysToRead(Collection<ValueChange> changes) {
        Set<AggregateKey> keys = new LinkedHashSet<>();
        for (ValueChange change : changes) {
            if (change.aggregation() == Aggregation.LAST && change.rollUp()) {
                for (Period period : enclosing(change.period())) {
                    keys.add(new AggregateKey(change.indicatorId(), change.unitId(), period));
                }
            }
        }
        return keys;
    }

    /**
     * @param changes one change per cell (see {@link ValueChange#perCell})
     * @param current the current own aggregates among {@link #keysToRead}; those missing have no values yet
     * @param units   the changed units with their paths; a unit the replica does not know rolls up nowhere
     */
    public static AggregatePlan of(List<ValueChange> changes, Map<AggregateKey, OwnAggregate> current, Map<UUID, Unit> units) {
        Map<AggregateKey, OwnChange> own = new LinkedHashMap<>();
        Map<AggregateKey, OwnAggregate> latest = new LinkedHashMap<>(current);
        Map<AggregateKey, BelowChange> below = new LinkedHashMap<>();
        Map<UUID, List<UUID>> ancestors = new HashMap<>();
        for (ValueChange change : changes) {
            Aggregation aggregation = change.aggregation();
            Unit unit = units.get(change.unitId());
            List<UUID> above = change.rollUp() && unit != null ? ancestors.computeIfAbsent(unit.id(), id -> unit.ancestors()) : List.of();
            for (Period period : change.period().withEnclosing()) {
                AggregateKey key = new AggregateKey(change.indicatorId(), change.unitId(), period);
                boolean ownPeriod = period.equals(change.period());
                if (!ownPeriod) {
                    OwnChange sum = own.get(key);
                    own.put(key, sum == null ? OwnChange.of(key, aggregation, change) : sum.plus(change));
                }
                if (above.isEmpty()) {
                    continue;
                }
                var added = change.value().subtract(change.previous() == null ? BigDecimal.ZERO : change.previous());
                if (aggregation == Aggregation.LAST && !ownPeriod) {
                    OwnAggregate before = latest.getOrDefault(key, OwnAggregate.NONE);
                    OwnAggregate after = before.with(change.period(), change.value(), change.previous());
                    latest.put(key, after);
                    added = after.contribution(aggregation).subtract(before.contribution(aggregation));
                }
                int addedCount = change.previous() == null ? 1 : 0;
                for (UUID ancestor : above) {
                    AggregateKey belowAncestor = new AggregateKey(key.indicatorId(), ancestor, period);
                    BelowChange sum = below.get(belowAncestor);
                    below.put(belowAncestor, sum == null ? new BelowChange(belowAncestor, aggregation, added, addedCount)
                            : sum.plus(added, addedCount));
                }
            }
        }
        return new AggregatePlan(own, below);
    }

    private static List<Period> enclosing(Period period) {
        List<Period> periods = period.withEnclosing();
        return periods.subList(1, periods.size());
    }
}
