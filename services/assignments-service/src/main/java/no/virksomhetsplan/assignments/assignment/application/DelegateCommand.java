package no.virksomhetsplan.assignments.assignment.application;

import java.time.LocalDate;
import java.util.List;
import no.virksomhetsplan.assignments.assignment.domain.ItemId;
import no.virksomhetsplan.assignments.assignment.domain.ItemKind;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;

/**
 * Delegates an assignment, or a delegation further down, to one or more units.
 *
 * @param from     the assignment or delegation delegated
 * @param fromKind ASSIGNMENT or DELEGATION
 */
public record DelegateCommand(ItemId from, ItemKind fromKind, List<Order> delegations) {

    public DelegateCommand {
        delegations = List.copyOf(delegations);
    }

    /** @param responsible the responsible person's username in the receiving unit, or null for nobody yet */
    public record Order(OrgUnitId unitId, String responsible, LocalDate deadline, String description) {
    }
}
