package no.virksomhetsplan.assignments.assignment.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import no.virksomhetsplan.assignments.assignment.domain.Assignment;
import no.virksomhetsplan.assignments.assignment.domain.Assignments;
import no.virksomhetsplan.assignments.assignment.domain.History;
import no.virksomhetsplan.assignments.assignment.domain.HistoryEntry;
import no.virksomhetsplan.assignments.assignment.domain.ItemId;
import no.virksomhetsplan.assignments.assignment.domain.ItemKind;
import no.virksomhetsplan.assignments.assignment.domain.WorkItem;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import no.virksomhetsplan.platform.orgtree.OrgUnit;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;
import no.virksomhetsplan.platform.orgtree.UnitAccess;
import no.virksomhetsplan.platform.orgtree.Units;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of assignments, limited to what the caller may see (see {@link ItemAccess}). */
@Service
@Transactional(readOnly = true)
public class AssignmentQueries {

    private final Assignments assignments;
    private final History history;
    private final Loader loader;
    private final ItemAccess itemAccess;
    private final UnitAccess unitAccess;
    private final Units units;

    AssignmentQueries(Assignments assignments, History history, Loader loader, ItemAccess itemAccess, UnitAccess unitAccess,
            Units units) {
        this.assignments = assignments;
        this.history = history;
        this.loader = loader;
        this.itemAccess = itemAccess;
        this.unitAccess = unitAccess;
        this.units = units;
    }

    /** An assignment, a delegation or a task, with the chain above it and what is below it that the caller may see. */
    public AssignmentView item(Caller caller, ItemId id, ItemKind kind) {
        Assignment assignment = loader.forReading(caller.tenant(), id, kind);
        WorkItem item = assignment.item(id).orElseThrow();
        itemAccess.requireVisible(caller, assignment, item);
        return view(caller, assignment, id);
    }

    /** The item's history, oldest first. */
    public List<HistoryEntry> history(Caller caller, ItemId id, ItemKind kind) {
        item(caller, id, kind);
        return history.of(caller.tenant(), id);
    }

    /**
     * Assignments owned by a unit the caller leads or delegated to it, newest first.
     *
     * @param unitId null for the caller's own unit
     * @param year   null for every year
     */
    public Page<AssignmentView> concerning(Caller caller, OrgUnitId unitId, Integer year, int page, int size) {
        OrgUnit unit = unitId != null ? unitAccess.requireLeads(caller, unitId)
                : unitAccess.ownUnit(caller).map(own -> unitAccess.requireLeads(caller, own.id()))
                        .orElseThrow(() -> new RuleViolationException("Say which unit (unitId): your token names no unit here."));
        List<AssignmentView> views = assignments.concerning(caller.tenant(), unit.id(), year, page * size, size).stream()
                .map(assignment -> view(caller, assignment, assignment.id()))
                .toList();
        return new Page<>(views, page, size, assignments.countConcerning(caller.tenant(), unit.id(), year));
    }

    /** The assignment as the caller may see it, focused on one of its items. */
    public AssignmentView view(Caller caller, Assignment assignment, ItemId focus) {
        Set<ItemId> visible = itemAccess.visible(caller, assignment);
        Map<OrgUnitId, String> names = new HashMap<>();
        List<OrgUnitId> unitIds = assignment.items().stream().filter(item -> visible.contains(item.id()))
                .flatMap(item -> Stream.of(item.unitId(), item.fromUnitId())).filter(java.util.Objects::nonNull).toList();
        units.all(caller.tenant(), unitIds).forEach((id, unit) -> names.put(id, unit.name()));
        return new AssignmentView(assignment, visible, names, focus);
    }
}
