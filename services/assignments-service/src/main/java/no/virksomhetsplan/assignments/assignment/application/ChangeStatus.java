package no.virksomhetsplan.assignments.assignment.application;

import no.virksomhetsplan.assignments.assignment.domain.Assignment;
import no.virksomhetsplan.assignments.assignment.domain.Changes;
import no.virksomhetsplan.assignments.assignment.domain.WorkItem;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The responsible person or a leader reports an item's status; the items above it roll up in the same transaction. */
@Service
public class ChangeStatus {

    private final Loader loader;
    private final ItemAccess access;
    private final Actors actors;
    private final ChangeRecorder recorder;
    private final AssignmentQueries queries;

    ChangeStatus(Loader loader, ItemAccess access, Actors actors, ChangeRecorder recorder, AssignmentQueries queries) {
        this.loader = loader;
        this.access = access;
        this.actors = actors;
        this.recorder = recorder;
        this.queries = queries;
    }

    @Transactional
    public AssignmentView handle(Caller caller, ChangeStatusCommand command) {
        Assignment assignment = loader.forUpdate(caller.tenant(), command.id(), command.kind());
        WorkItem item = assignment.item(command.id()).orElseThrow();
        access.requireMaySetStatus(caller, item);
        Changes changes = assignment.changeStatus(item.id(), command.basedOnVersion(), command.status(), command.light(),
                command.comment(), command.commentDate(), actors.of(caller));
        recorder.save(changes);
        return queries.view(caller, assignment, item.id());
    }
}
