package no.virksomhetsplan.indicators.aggregate.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.virksomhetsplan.indicators.definition.domain.IndicatorDefinition;
import no.virksomhetsplan.indicators.orgunit.domain.Unit;
import no.virksomhetsplan.indicators.period.domain.Period;

/**
 * One aggregate to bring up to date after values changed: a value for a month changes the unit's month, tertial and
 * year; where the indicator rolls up, the same periods of every unit above change too.
 */
public record AggregateTarget(IndicatorDefinition indicator, UUID unitId, Period period, AggregateScope scope) {

    /** A changed value of a cell. */
    public record Change(IndicatorDefinition indicator, UUID unitId, Period period) {
    }

    /**
     * Every aggregate the changes touch, each once: the units' own first, then the subtrees.
     *
     * @param units the changed units, with their paths (a unit the replica does not know has no subtree to roll up to)
     */
    public static List<AggregateTarget> touchedBy(Collection<Change> changes, Map<UUID, Unit> units) {
        Set<AggregateTarget> own = new LinkedHashSet<>();
        Set<AggregateTarget> subtrees = new LinkedHashSet<>();
        for (Change change : changes) {
            for (Period period : change.period().withEnclosing()) {
                own.add(new AggregateTarget(change.indicator(), change.unitId(), period, AggregateScope.UNIT));
                Unit unit = units.get(change.unitId());
                if (change.indicator().rollUp() && unit != null) {
                    for (UUID above : unit.selfAndAncestors()) {
                        subtrees.add(new AggregateTarget(change.indicator(), above, period, AggregateScope.SUBTREE));
                    }
                }
            }
        }
        List<AggregateTarget> all = new ArrayList<>(own);
        all.addAll(subtrees);
        return all;
    }
}
