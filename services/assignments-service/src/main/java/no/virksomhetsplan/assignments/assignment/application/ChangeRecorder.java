package no.virksomhetsplan.assignments.assignment.application;

import no.virksomhetsplan.assignments.assignment.domain.Assignments;
import no.virksomhetsplan.assignments.assignment.domain.Changes;
import no.virksomhetsplan.assignments.assignment.domain.History;
import no.virksomhetsplan.contracts.IntegrationEvent;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.platform.messaging.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves what an operation did in the caller's transaction: the items, their history and their events. Every use
 * case and job ends here, so nothing changes without its history and its event.
 */
@Component
public class ChangeRecorder {

    private final Assignments assignments;
    private final History history;
    private final Outbox outbox;

    ChangeRecorder(Assignments assignments, History history, Outbox outbox) {
        this.assignments = assignments;
        this.history = history;
        this.outbox = outbox;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void save(Changes changes) {
        if (changes.isEmpty()) {
            return;
        }
        String tenant = changes.assignment().tenant();
        assignments.save(changes);
        history.record(tenant, changes.changes());
        for (IntegrationEvent event : changes.events()) {
            outbox.add(Topics.ASSIGNMENTS, tenant, event);
        }
    }
}
