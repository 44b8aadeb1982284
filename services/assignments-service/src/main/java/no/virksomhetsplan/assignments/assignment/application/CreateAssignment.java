package no.virksomhetsplan.assignments.assignment.application;

import no.virksomhetsplan.assignments.assignment.domain.Assignee;
import no.virksomhetsplan.assignments.assignment.domain.Assignment;
import no.virksomhetsplan.assignments.assignment.domain.Changes;
import no.virksomhetsplan.assignments.person.application.PersonDirectory;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import no.virksomhetsplan.platform.orgtree.OrgUnit;
import no.virksomhetsplan.platform.orgtree.UnitAccess;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A leader gives their unit (or a unit below it) a new assignment; it and its event commit together. */
@Service
public class CreateAssignment {

    private final UnitAccess access;
    private final AssignmentTypes types;
    private final Deadlines deadlines;
    private final PersonDirectory people;
    private final Actors actors;
    private final ChangeRecorder recorder;
    private final AssignmentQueries queries;

    CreateAssignment(UnitAccess access, AssignmentTypes types, Deadlines deadlines, PersonDirectory people, Actors actors,
            ChangeRecorder recorder, AssignmentQueries queries) {
        this.access = access;
        this.types = types;
        this.deadlines = deadlines;
        this.people = people;
        this.actors = actors;
        this.recorder = recorder;
        this.queries = queries;
    }

    @Transactional
    public AssignmentView handle(Caller caller, CreateAssignmentCommand command) {
        String tenant = caller.tenant();
        OrgUnit unit = command.unitId() != null ? access.requireLeads(caller, command.unitId())
                : access.ownUnit(caller).map(own -> access.requireLeads(caller, own.id()))
                        .orElseThrow(() -> new RuleViolationException("Say which unit owns the assignment (unitId): your token names no unit here."));
        types.requireActive(tenant, command.content().typeCode());
        deadlines.requireOpenYear(tenant, command.content().deadline());
        Assignee responsible = command.responsible() == null ? null : people.requireAssignee(tenant, command.responsible());
        Changes created = Assignment.create(tenant, command.content(), unit, responsible, actors.of(caller));
        recorder.save(created);
        return queries.view(caller, created.assignment(), created.assignment().id());
    }
}
