package no.virksomhetsplan.assignments.assignment.application;

import no.virksomhetsplan.assignments.assignment.domain.Assignment;
import no.virksomhetsplan.assignments.assignment.domain.Changes;
import no.virksomhetsplan.assignments.assignment.domain.ItemChange;
import no.virksomhetsplan.assignments.assignment.domain.ItemKind;
import no.virksomhetsplan.assignments.assignment.domain.WorkItem;
import no.virksomhetsplan.assignments.person.application.PersonDirectory;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A leader of the delegation's unit splits it into a task for one of the unit's people. */
@Service
public class AddTask {

    private final Loader loader;
    private final ItemAccess access;
    private final Deadlines deadlines;
    private final PersonDirectory people;
    private final Actors actors;
    private final ChangeRecorder recorder;
    private final AssignmentQueries queries;

    AddTask(Loader loader, ItemAccess access, Deadlines deadlines, PersonDirectory people, Actors actors,
            ChangeRecorder recorder, AssignmentQueries queries) {
        this.loader = loader;
        this.access = access;
        this.deadlines = deadlines;
        this.people = people;
        this.actors = actors;
        this.recorder = recorder;
        this.queries = queries;
    }

    @Transactional
    public AssignmentView handle(Caller caller, AddTaskCommand command) {
        String tenant = caller.tenant();
        Assignment assignment = loader.forUpdate(tenant, command.delegationId(), ItemKind.DELEGATION);
        WorkItem delegation = assignment.item(command.delegationId()).orElseThrow();
        access.requireLeadsUnitOf(caller, delegation);
        deadlines.requireOpenYear(tenant, command.deadline());
        Changes changes = assignment.addTask(delegation.id(), new Assignment.NewTask(command.title(), command.description(),
                command.responsible() == null ? null : people.requireAssignee(tenant, command.responsible()), command.deadline()),
                actors.of(caller));
        recorder.save(changes);
        WorkItem task = changes.changes().stream().filter(change -> change.before() == null).map(ItemChange::after)
                .findFirst().orElseThrow();
        return queries.view(caller, assignment, task.id());
    }
}
