package no.virksomhetsplan.assignments.assignment.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.virksomhetsplan.assignments.assignment.domain.Assignments;
import no.virksomhetsplan.assignments.assignment.domain.Changes;
import no.virksomhetsplan.assignments.assignment.domain.CounterKey;
import no.virksomhetsplan.assignments.assignment.domain.History;
import no.virksomhetsplan.assignments.assignment.domain.StatusCounters;
import no.virksomhetsplan.assignments.assignment.domain.StatusCounts;
import no.virksomhetsplan.contracts.IntegrationEvent;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.platform.messaging.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves what an operation did in the caller's transaction: the items, their history, the status overview's counters
 * and the events. Every use case and job ends here, so nothing changes without its history, its counters and its event.
 */
@Component
public class ChangeRecorder {

    private final Assignments assignments;
    private final History history;
    private final StatusCounters counters;
    private final Outbox outbox;

    ChangeRecorder(Assignments assignments, History history, StatusCounters counters, Outbox outbox) {
        this.assignments = assignments;
        this.history = history;
        this.counters = counters;
        this.outbox = outbox;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void save(Changes changes) {
        saveAll(List.of(changes));
    }

    /**
     * Saves several operations of one transaction (a handover across assignments), adding their counters in one go so
     * the counter rows are locked in one order.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void saveAll(List<Changes> operations) {
        Map<String, Map<CounterKey, Long>> deltas = new HashMap<>();
        for (Changes changes : operations) {
            if (changes.isEmpty()) {
                continue;
            }
            String tenant = changes.assignment().tenant();
            assignments.save(changes);
            history.record(tenant, changes.changes());
            StatusCounts.delta(changes).forEach((key, delta) ->
                    deltas.computeIfAbsent(tenant, t -> new HashMap<>()).merge(key, delta, Long::sum));
            for (IntegrationEvent event : changes.events()) {
                outbox.add(Topics.ASSIGNMENTS, tenant, event);
            }
        }
        deltas.forEach(counters::add);
    }
}
