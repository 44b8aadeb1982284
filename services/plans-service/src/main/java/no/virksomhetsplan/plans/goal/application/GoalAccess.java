package no.virksomhetsplan.plans.goal.application;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import no.virksomhetsplan.plans.orgunit.application.UnitAccess;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnit;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnits;
import no.virksomhetsplan.platform.security.Caller;
import no.virksomhetsplan.platform.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Who may do what with goals, on top of {@link UnitAccess}: a goal is edited by those who lead its owning unit; a
 * unit's goals are ticked by a leader above it, never by the unit's own leader; a person sees goals set along their
 * own line (their unit and the units above it) and, as a leader, those set below them.
 */
@Component
class GoalAccess {

    private final UnitAccess units;
    private final OrgUnits orgUnits;

    GoalAccess(UnitAccess units, OrgUnits orgUnits) {
        this.units = units;
        this.orgUnits = orgUnits;
    }

    boolean mayEdit(Caller caller, OrgUnit owner) {
        return units.leads(caller, owner);
    }

    /** True for the kommunedirektør and administrators, and for whoever leads a unit strictly above this one. */
    boolean isSuperiorOf(Caller caller, OrgUnit unit) {
        if (seesEverything(caller)) {
            return true;
        }
        return unit.parentId() != null && orgUnits.find(caller.tenant(), unit.parentId())
                .map(parent -> units.leads(caller, parent)).orElse(false);
    }

    boolean maySeeGoalOf(Caller caller, OrgUnit owner) {
        return units.leads(caller, owner) || units.ownUnit(caller)
                .map(own -> own.id().equals(owner.id()) || own.ancestorIds().contains(owner.id())).orElse(false);
    }

    /** The people of the unit itself, and whoever leads it or a unit above it. */
    boolean maySeeGoalsFor(Caller caller, OrgUnit unit) {
        return units.leads(caller, unit) || units.ownUnit(caller).map(own -> own.id().equals(unit.id())).orElse(false);
    }

    boolean seesEverything(Caller caller) {
        return caller.hasAnyRole(Roles.KOMMUNEDIREKTOR, Roles.ADMIN);
    }

    /** The owning units whose goals the caller may see; only meaningful when they do not see everything. */
    Set<OrgUnitId> visibleOwners(Caller caller) {
        Optional<OrgUnit> own = units.ownUnit(caller);
        if (own.isEmpty()) {
            return Set.of();
        }
        Set<OrgUnitId> owners = new HashSet<>(own.get().ancestorIds());
        owners.add(own.get().id());
        if (units.leads(caller, own.get())) {
            orgUnits.subtree(caller.tenant(), own.get().id()).forEach(unit -> owners.add(unit.id()));
        }
        return owners;
    }
}
