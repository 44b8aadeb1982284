package no.virksomhetsplan.indicators.aggregate.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.indicators.definition.domain.Aggregation;
import no.virksomhetsplan.indicators.definition.domain.IndicatorDefinition;
import no.virksomhetsplan.indicators.period.domain.Period;

/**
 * A stored value as the aggregates see it: what changed in one cell (indicator, unit, period). The indicator's
 * aggregation and roll-up are those in force when the value was stored.
 *
 * @param previous the value it replaced (a correction), or null for the cell's first value
 */
public record ValueChange(UUID indicatorId, Aggregation aggregation, boolean rollUp, UUID unitId, Period period, BigDecimal value,
        BigDecimal previous) {

    public static ValueChange of(IndicatorDefinition indicator, UUID unitId, Period period, BigDecimal value, BigDecimal previous) {
        return new ValueChange(indicator.id().value(), indicator.aggregation(), indicator.rollUp(), unitId, period, value, previous);
    }

    public AggregateKey cell() {
        return new AggregateKey(indicatorId, unitId, period);
    }

    /**
     * One change per cell, in the order of each cell's first change: a cell changed several times (a value and its
     * corrections) changed, in all, from the first change's previous value to the last change's value.
     *
     * @param inOrder the changes in the order they were stored
     */
    public static List<ValueChange> perCell(Collection<ValueChange> inOrder) {
        Map<AggregateKey, ValueChange> cells = new LinkedHashMap<>();
        for (ValueChange change : inOrder) {
            cells.merge(change.cell(), change, (earlier, later) -> new ValueChange(later.indicatorId, later.aggregation, later.rollUp,
                    later.unitId, later.period, later.value, earlier.previous));
        }
        return new ArrayList<>(cells.values());
    }
}
