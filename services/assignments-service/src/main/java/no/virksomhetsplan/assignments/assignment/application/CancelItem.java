package no.virksomhetsplan.assignments.assignment.application;

import no.virksomhetsplan.assignments.assignment.domain.Assignment;
import no.virksomhetsplan.assignments.assignment.domain.Changes;
import no.virksomhetsplan.assignments.assignment.domain.WorkItem;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Those who manage an item cancel it, with everything open below it; it can never change again. */
@Service
public class CancelItem {

    private final Loader loader;
    private final ItemAccess access;
    private final Actors actors;
    private final ChangeRecorder recorder;
    private final AssignmentQueries queries;

    CancelItem(Loader loader, ItemAccess access, Actors actors, ChangeRecorder recorder, AssignmentQueries queries) {
        this.loader = loader;
        this.access = access;
        this.actors = actors;
        this.recorder = recorder;
        this.queries = queries;
    }

    @Transactional
    public AssignmentView handle(Caller caller, CancelItemCommand command) {
        Assignment assignment = loader.forUpdate(caller.tenant(), command.id(), command.kind());
        WorkItem item = assignment.item(command.id()).orElseThrow();
        access.requireManages(caller, item);
        Changes changes = assignment.cancel(item.id(), command.basedOnVersion(), command.reason(), actors.of(caller));
        recorder.save(changes);
        return queries.view(caller, assignment, item.id());
    }
}
