package no.virksomhetsplan.assignments.assignment.application;

import java.util.Objects;
import no.virksomhetsplan.assignments.assignment.domain.Assignee;
import no.virksomhetsplan.assignments.assignment.domain.Assignment;
import no.virksomhetsplan.assignments.assignment.domain.Changes;
import no.virksomhetsplan.assignments.assignment.domain.ItemKind;
import no.virksomhetsplan.assignments.assignment.domain.WorkItem;
import no.virksomhetsplan.assignments.person.application.PersonDirectory;
import no.virksomhetsplan.assignments.person.domain.Person;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a delegation or a task: its deadline and text by those who manage it, its responsible person by those who
 * lead its unit. Based on the version the editor read (409 when stale).
 */
@Service
public class EditItem {

    private final Loader loader;
    private final ItemAccess access;
    private final Deadlines deadlines;
    private final PersonDirectory people;
    private final Actors actors;
    private final ChangeRecorder recorder;
    private final AssignmentQueries queries;

    EditItem(Loader loader, ItemAccess access, Deadlines deadlines, PersonDirectory people, Actors actors,
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
    public AssignmentView handle(Caller caller, EditItemCommand command) {
        String tenant = caller.tenant();
        Assignment assignment = loader.forUpdate(tenant, command.id(), command.kind());
        WorkItem item = assignment.item(command.id()).orElseThrow();
        access.requireVisible(caller, assignment, item);
        String responsible = command.responsible() == null ? null : Person.normalise(command.responsible());
        boolean managed = !command.deadline().equals(item.deadline())
                || !Objects.equals(blankToNull(command.description()), item.description())
                || (item.kind() == ItemKind.TASK && !Objects.equals(blankToNull(command.title()), item.title()));
        if (managed) {
            access.requireManages(caller, item);
            deadlines.requireOpenYear(tenant, command.deadline());
        }
        if (!Objects.equals(responsible, item.responsible())) {
            access.requireLeadsUnitOf(caller, item);
        }
        Assignee assignee = responsible == null ? null : people.requireAssignee(tenant, responsible);
        Changes changes = assignment.editPart(item.id(), command.basedOnVersion(), command.title(), command.description(),
                assignee, command.deadline(), actors.of(caller));
        recorder.save(changes);
        return queries.view(caller, assignment, item.id());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
