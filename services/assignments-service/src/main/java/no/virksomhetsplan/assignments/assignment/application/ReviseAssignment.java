package no.virksomhetsplan.assignments.assignment.application;

import no.virksomhetsplan.assignments.assignment.domain.Assignee;
import no.virksomhetsplan.assignments.assignment.domain.Assignment;
import no.virksomhetsplan.assignments.assignment.domain.Changes;
import no.virksomhetsplan.assignments.assignment.domain.ItemKind;
import no.virksomhetsplan.assignments.assignment.domain.WorkItem;
import no.virksomhetsplan.assignments.person.application.PersonDirectory;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Replaces an assignment's content; of two leaders editing the same version, the second gets 409. */
@Service
public class ReviseAssignment {

    private final Loader loader;
    private final ItemAccess access;
    private final AssignmentTypes types;
    private final Deadlines deadlines;
    private final PersonDirectory people;
    private final Actors actors;
    private final ChangeRecorder recorder;
    private final AssignmentQueries queries;

    ReviseAssignment(Loader loader, ItemAccess access, AssignmentTypes types, Deadlines deadlines, PersonDirectory people,
            Actors actors, ChangeRecorder recorder, AssignmentQueries queries) {
        this.loader = loader;
        this.access = access;
        this.types = types;
        this.deadlines = deadlines;
        this.people = people;
        this.actors = actors;
        this.recorder = recorder;
        this.queries = queries;
    }

    @Transactional
    public AssignmentView handle(Caller caller, ReviseAssignmentCommand command) {
        String tenant = caller.tenant();
        Assignment assignment = loader.forUpdate(tenant, command.assignmentId(), ItemKind.ASSIGNMENT);
        WorkItem root = assignment.root();
        access.requireManages(caller, root);
        if (!command.content().typeCode().equals(assignment.details().typeCode())) {
            types.requireActive(tenant, command.content().typeCode());
        }
        if (!command.content().deadline().equals(root.deadline())) {
            deadlines.requireOpenYear(tenant, command.content().deadline());
        }
        Assignee responsible = command.responsible() == null ? null : people.requireAssignee(tenant, command.responsible());
        Changes revised = assignment.revise(command.basedOnVersion(), command.content(), responsible, actors.of(caller));
        recorder.save(revised);
        return queries.view(caller, assignment, assignment.id());
    }
}
