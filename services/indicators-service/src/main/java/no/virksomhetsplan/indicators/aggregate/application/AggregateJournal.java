package no.virksomhetsplan.indicators.aggregate.application;

import java.util.List;
import no.virksomhetsplan.indicators.aggregate.domain.Aggregates;
import no.virksomhetsplan.indicators.aggregate.domain.ValueChange;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes what a batch of stored values changes, in the batch's own transaction: one row per changed cell in the journal,
 * which only ever grows at its end, so batches running side by side never wait for each other. The {@link Aggregator}
 * folds the journal into the aggregates.
 */
@Component
public class AggregateJournal {

    private final Aggregates aggregates;

    AggregateJournal(Aggregates aggregates) {
        this.aggregates = aggregates;
    }

    /** @param changes in the order the values were stored */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(String tenant, List<ValueChange> changes) {
        aggregates.append(tenant, ValueChange.perCell(changes));
    }
}
