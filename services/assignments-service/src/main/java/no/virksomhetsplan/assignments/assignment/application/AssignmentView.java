package no.virksomhetsplan.assignments.assignment.application;

import java.util.List;
import java.util.Map;
import java.util.Set;
import no.virksomhetsplan.assignments.assignment.domain.Assignment;
import no.virksomhetsplan.assignments.assignment.domain.ItemId;
import no.virksomhetsplan.assignments.assignment.domain.WorkItem;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;

/**
 * An assignment as one caller may see it.
 *
 * @param visible   the items the caller may see (see {@link ItemAccess})
 * @param unitNames the names of the units the visible items concern
 * @param focus     the item the caller asked for or changed
 */
public record AssignmentView(Assignment assignment, Set<ItemId> visible, Map<OrgUnitId, String> unitNames, ItemId focus) {

    public AssignmentView {
        visible = Set.copyOf(visible);
        unitNames = Map.copyOf(unitNames);
    }

    public WorkItem focused() {
        return assignment.item(focus).orElseThrow();
    }

    /** The visible delegations and tasks directly below an item. */
    public List<WorkItem> visibleParts(ItemId id) {
        return assignment.parts(id).stream().filter(part -> visible.contains(part.id())).toList();
    }

    public String unitName(OrgUnitId id) {
        return id == null ? null : unitNames.get(id);
    }
}
