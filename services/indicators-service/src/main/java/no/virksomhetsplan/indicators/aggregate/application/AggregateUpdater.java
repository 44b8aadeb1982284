package no.virksomhetsplan.indicators.aggregate.application;

import java.util.List;
import java.util.stream.Collectors;
import no.virksomhetsplan.indicators.aggregate.domain.AggregateTarget;
import no.virksomhetsplan.indicators.aggregate.domain.Aggregates;
import no.virksomhetsplan.indicators.orgunit.domain.Units;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Brings the aggregates a batch of changed values touches up to date, in the batch's own transaction. */
@Component
public class AggregateUpdater {

    private final Aggregates aggregates;
    private final Units units;

    AggregateUpdater(Aggregates aggregates, Units units) {
        this.aggregates = aggregates;
        this.units = units;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void update(String tenant, List<AggregateTarget.Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        var changedUnits = units.byIds(tenant, changes.stream().map(AggregateTarget.Change::unitId).collect(Collectors.toSet()));
        aggregates.rebuild(tenant, AggregateTarget.touchedBy(changes, changedUnits));
    }
}
