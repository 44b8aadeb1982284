package no.virksomhetsplan.assignments.assignment.application;

import java.util.ArrayList;
import java.util.List;
import no.virksomhetsplan.assignments.assignment.domain.Assignment;
import no.virksomhetsplan.assignments.assignment.domain.Changes;
import no.virksomhetsplan.assignments.assignment.domain.ItemChange;
import no.virksomhetsplan.assignments.assignment.domain.ItemId;
import no.virksomhetsplan.assignments.assignment.domain.ItemKind;
import no.virksomhetsplan.assignments.assignment.domain.WorkItem;
import no.virksomhetsplan.assignments.person.application.PersonDirectory;
import no.virksomhetsplan.platform.orgtree.UnitAccess;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delegates an assignment down the org tree, or a received delegation further down. The caller leads the unit the
 * item is with; every receiving unit lies in the caller's part of the tree.
 */
@Service
public class Delegate {

    private final Loader loader;
    private final ItemAccess itemAccess;
    private final UnitAccess unitAccess;
    private final Deadlines deadlines;
    private final PersonDirectory people;
    private final Actors actors;
    private final ChangeRecorder recorder;
    private final AssignmentQueries queries;

    Delegate(Loader loader, ItemAccess itemAccess, UnitAccess unitAccess, Deadlines deadlines, PersonDirectory people,
            Actors actors, ChangeRecorder recorder, AssignmentQueries queries) {
        this.loader = loader;
        this.itemAccess = itemAccess;
        this.unitAccess = unitAccess;
        this.deadlines = deadlines;
        this.people = people;
        this.actors = actors;
        this.recorder = recorder;
        this.queries = queries;
    }

    /** @return the assignment, and the ids of the new delegations in the order they were asked for */
    @Transactional
    public Delegated handle(Caller caller, DelegateCommand command) {
        String tenant = caller.tenant();
        Assignment assignment = loader.forUpdate(tenant, command.from(), command.fromKind());
        WorkItem from = assignment.item(command.from()).orElseThrow();
        itemAccess.requireLeadsUnitOf(caller, from);
        List<Assignment.NewDelegation> delegations = new ArrayList<>();
        for (DelegateCommand.Order order : command.delegations()) {
            deadlines.requireOpenYear(tenant, order.deadline());
            delegations.add(new Assignment.NewDelegation(unitAccess.requireLeads(caller, order.unitId()),
                    order.responsible() == null ? null : people.requireAssignee(tenant, order.responsible()),
                    order.deadline(), order.description()));
        }
        Changes changes = assignment.delegate(from.id(), delegations, actors.of(caller));
        recorder.save(changes);
        List<ItemId> created = changes.changes().stream().filter(change -> change.before() == null)
                .map(ItemChange::after).map(WorkItem::id).toList();
        return new Delegated(queries.view(caller, assignment, from.id()), created);
    }

    public record Delegated(AssignmentView view, List<ItemId> delegationIds) {
    }
}
