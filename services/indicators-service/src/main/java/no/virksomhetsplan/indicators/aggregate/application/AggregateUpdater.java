package no.virksomhetsplan.indicators.aggregate.application;

import java.util.List;
import java.util.stream.Collectors;
import no.virksomhetsplan.indicators.aggregate.domain.AggregatePlan;
import no.virksomhetsplan.indicators.aggregate.domain.Aggregates;
import no.virksomhetsplan.indicators.aggregate.domain.ValueChange;
import no.virksomhetsplan.indicators.orgunit.domain.Units;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the aggregates a batch of stored values touches up to date, in the batch's own transaction: what to add to
 * each is worked out in memory (see {@link AggregatePlan}) and written in one statement for the units' own aggregates
 * and one for the subtrees.
 */
@Component
public class AggregateUpdater {

    private final Aggregates aggregates;
    private final Units units;

    AggregateUpdater(Aggregates aggregates, Units units) {
        this.aggregates = aggregates;
        this.units = units;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void update(String tenant, List<ValueChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        var current = aggregates.lockOwn(tenant, AggregatePlan.keysToRead(changes));
        var changedUnits = units.byIds(tenant, changes.stream().map(ValueChange::unitId).collect(Collectors.toSet()));
        aggregates.save(tenant, AggregatePlan.of(changes, current, changedUnits));
    }
}
