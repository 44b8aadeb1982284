package no.virksomhetsplan.indicators.aggregate.application;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.indicators.aggregate.domain.Aggregate;
import no.virksomhetsplan.indicators.aggregate.domain.AggregateScope;
import no.virksomhetsplan.indicators.aggregate.domain.Aggregates;
import no.virksomhetsplan.indicators.definition.domain.IndicatorDefinition;
import no.virksomhetsplan.indicators.definition.domain.IndicatorDefinitions;
import no.virksomhetsplan.indicators.orgunit.domain.Units;
import no.virksomhetsplan.indicators.period.domain.Period;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;

/**
 * Aggregates as kept: a read of rows, never a sum on read. Subtree aggregates only for indicators that roll up. A read
 * is exact: it waits until the changes committed before it are folded into the aggregates (about one cycle of the
 * {@link Aggregator}); it holds no connection while it waits.
 */
@Service
public class AggregateQueries {

    private static final int MAX_YEARS = 10;

    private final IndicatorDefinitions indicators;
    private final Units units;
    private final Aggregates aggregates;
    private final Aggregator aggregator;

    AggregateQueries(IndicatorDefinitions indicators, Units units, Aggregates aggregates, Aggregator aggregator) {
        this.indicators = indicators;
        this.units = units;
        this.aggregates = aggregates;
        this.aggregator = aggregator;
    }

    public List<Aggregate> aggregates(Caller caller, String indicatorKey, UUID unitId, Period from, Period to) {
        if (from.compareTo(to) > 0 || to.year() - from.year() >= MAX_YEARS) {
            throw new RuleViolationException("Ask for at most " + MAX_YEARS + " years, from an earlier period to a later one.");
        }
        IndicatorDefinition indicator = indicators.findByKey(caller.tenant(), indicatorKey)
                .orElseThrow(() -> new NotFoundException("Your municipality has no indicator with key '" + indicatorKey + "'."));
        UUID unit = units.byId(caller.tenant(), unitId)
                .orElseThrow(() -> new NotFoundException("Your municipality has no org unit " + unitId + ".")).id();
        EnumSet<AggregateScope> scopes = indicator.rollUp() ? EnumSet.allOf(AggregateScope.class) : EnumSet.of(AggregateScope.UNIT);
        aggregator.awaitFolded(caller.tenant(), indicator.id().value());
        return aggregates.of(caller.tenant(), indicator, unit, from, to, scopes);
    }
}
