package no.virksomhetsplan.assignments.assignment.application;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import no.virksomhetsplan.assignments.assignment.domain.Assignment;
import no.virksomhetsplan.assignments.assignment.domain.ItemId;
import no.virksomhetsplan.assignments.assignment.domain.ItemKind;
import no.virksomhetsplan.assignments.assignment.domain.WorkItem;
import no.virksomhetsplan.assignments.person.domain.Person;
import no.virksomhetsplan.platform.domain.ForbiddenException;
import no.virksomhetsplan.platform.orgtree.OrgUnit;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;
import no.virksomhetsplan.platform.orgtree.UnitAccess;
import no.virksomhetsplan.platform.orgtree.Units;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with work items, on top of {@link UnitAccess}:
 * <ul>
 *   <li>an item is seen by whoever leads its unit, by its responsible person, and — so the chain is visible from
 *       both ends — everything above an item someone sees is seen too, as is everything below an item they are
 *       responsible for;</li>
 *   <li>a status is set by the item's responsible person or a leader of its unit;</li>
 *   <li>an assignment is revised and cancelled by those who lead its unit; a delegation's deadline and text are set,
 *       and the delegation cancelled, by those who lead the delegating unit, its responsible person by those who lead
 *       the receiving unit; a task is managed by those who lead its unit;</li>
 *   <li>an item is delegated further, or split into tasks, by those who lead its unit.</li>
 * </ul>
 */
@Component
public class ItemAccess {

    private final UnitAccess access;
    private final Units units;

    ItemAccess(UnitAccess access, Units units) {
        this.access = access;
        this.units = units;
    }

    /** The items of the assignment the caller may see. */
    public Set<ItemId> visible(Caller caller, Assignment assignment) {
        Set<ItemId> visible = new HashSet<>();
        UnitLeadership leadership = new UnitLeadership(caller);
        for (WorkItem item : assignment.items()) {
            boolean responsible = isResponsible(caller, item);
            if (responsible || leadership.leads(item.unitId())) {
                visible.add(item.id());
                assignment.chainAbove(item.id()).forEach(above -> visible.add(above.id()));
                if (responsible) {
                    assignment.below(item.id()).forEach(below -> visible.add(below.id()));
                }
            }
        }
        return visible;
    }

    public void requireVisible(Caller caller, Assignment assignment, WorkItem item) {
        if (!visible(caller, assignment).contains(item.id())) {
            throw new ForbiddenException("The " + item.kind().noun() + " belongs to a part of the organisation you do not lead, "
                    + "and you are not responsible for it or anything below it.");
        }
    }

    public void requireMaySetStatus(Caller caller, WorkItem item) {
        if (!isResponsible(caller, item) && !leads(caller, item.unitId())) {
            throw new ForbiddenException("Only the " + item.kind().noun() + "'s responsible person or a leader of its unit sets its status.");
        }
    }

    /** Revising or cancelling an assignment, cancelling or setting the deadline of a delegation, managing a task. */
    public void requireManages(Caller caller, WorkItem item) {
        OrgUnitId managing = item.kind() == ItemKind.DELEGATION ? item.fromUnitId() : item.unitId();
        if (!leads(caller, managing)) {
            throw new ForbiddenException(switch (item.kind()) {
                case ASSIGNMENT -> "Only those who lead the assignment's unit change or cancel it.";
                case DELEGATION -> "Only those who lead the delegating unit change the delegation's deadline or cancel it.";
                case TASK -> "Only those who lead the task's unit change or cancel it.";
            });
        }
    }

    /** Choosing the responsible person of an item, or delegating it further or splitting it into tasks. */
    public void requireLeadsUnitOf(Caller caller, WorkItem item) {
        if (!leads(caller, item.unitId())) {
            throw new ForbiddenException("Only those who lead the " + item.kind().noun() + "'s unit do this.");
        }
    }

    public boolean leads(Caller caller, OrgUnitId unitId) {
        return units.findEvenClosed(caller.tenant(), unitId).map(unit -> access.leads(caller, unit)).orElse(false);
    }

    private static boolean isResponsible(Caller caller, WorkItem item) {
        return item.responsible() != null && caller.username() != null
                && item.responsible().equals(Person.normalise(caller.username()));
    }

    /** {@link UnitAccess#leads} for many units of one caller: the caller's own unit and each unit looked up once. */
    private final class UnitLeadership {

        private final String tenant;
        private final boolean everything;
        private final OrgUnit own;
        private final Map<OrgUnitId, Boolean> answers = new HashMap<>();

        UnitLeadership(Caller caller) {
            this.tenant = caller.tenant();
            this.everything = access.seesEverything(caller);
            this.own = everything ? null : access.ownUnit(caller).filter(unit -> access.leads(caller, unit)).orElse(null);
        }

        boolean leads(OrgUnitId unitId) {
            if (everything) {
                return true;
            }
            if (own == null) {
                return false;
            }
            return answers.computeIfAbsent(unitId,
                    id -> units.findEvenClosed(tenant, id).map(unit -> unit.isWithin(own)).orElse(false));
        }
    }
}
