package no.virksomhetsplan.reporting.orgunit.application;

import java.util.Optional;
import java.util.UUID;
import no.virksomhetsplan.platform.domain.ForbiddenException;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.security.Caller;
import no.virksomhetsplan.platform.security.Roles;
import no.virksomhetsplan.reporting.orgunit.domain.OrgUnit;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on which unit, as in the other services: the kommunedirektør and administrators on the whole
 * municipality; a kommunalsjef or unit leader on their own unit (the token's {@code org_unit} code) and everything below.
 */
@Component
public class UnitAccess {

    private final Units units;

    UnitAccess(Units units) {
        this.units = units;
    }

    public Optional<OrgUnit> ownUnit(Caller caller) {
        if (caller.orgUnit() == null || caller.orgUnit().isBlank()) {
            return Optional.empty();
        }
        return units.withExternalCode(caller.tenant(), caller.orgUnit());
    }

    public boolean seesEverything(Caller caller) {
        return caller.hasAnyRole(Roles.KOMMUNEDIREKTOR, Roles.ADMIN);
    }

    /** True if the caller leads this unit or a unit above it (or may act on the whole municipality). */
    public boolean leads(Caller caller, OrgUnit unit) {
        if (seesEverything(caller)) {
            return true;
        }
        if (!caller.hasAnyRole(Roles.KOMMUNALSJEF, Roles.VIRKSOMHETSLEDER)) {
            return false;
        }
        return ownUnit(caller).map(unit::isWithin).orElse(false);
    }

    /** True if the caller leads a unit strictly above this one: the superior who approves its reports. */
    public boolean leadsAbove(Caller caller, OrgUnit unit) {
        if (unit.isTop()) {
            return false;
        }
        return units.findEvenClosed(caller.tenant(), unit.parentId()).map(parent -> leads(caller, parent)).orElse(false);
    }

    /**
     * @throws NotFoundException  if the unit does not exist in the caller's municipality
     * @throws ForbiddenException if it lies outside the caller's part of the tree
     */
    public OrgUnit requireLeads(Caller caller, UUID id) {
        OrgUnit unit = units.findEvenClosed(caller.tenant(), id)
                .orElseThrow(() -> new NotFoundException("No unit " + id + " in your municipality."));
        if (!leads(caller, unit)) {
            throw new ForbiddenException("The unit " + unit.name() + " is outside your part of the organisation.");
        }
        return unit;
    }

    /** A unit the caller leads, or their own unit: its people may read its plan. */
    public OrgUnit requireLeadsOrBelongs(Caller caller, UUID id) {
        OrgUnit unit = units.findEvenClosed(caller.tenant(), id)
                .orElseThrow(() -> new NotFoundException("No unit " + id + " in your municipality."));
        boolean own = ownUnit(caller).map(mine -> mine.id().equals(unit.id())).orElse(false);
        if (!own && !leads(caller, unit)) {
            throw new ForbiddenException("The unit " + unit.name() + " is outside your part of the organisation.");
        }
        return unit;
    }

    /** The top of the caller's part of the tree: the top unit for those who see everything, else their own unit. */
    public Optional<OrgUnit> topOfReach(Caller caller) {
        if (seesEverything(caller)) {
            return topOfMunicipality(caller);
        }
        return ownUnit(caller).filter(unit -> leads(caller, unit));
    }

    /** The unit at the top of the caller's municipality: above their own unit, or the tree's top. */
    public Optional<OrgUnit> topOfMunicipality(Caller caller) {
        return ownUnit(caller).flatMap(unit -> units.find(caller.tenant(), unit.lineage().get(0)))
                .or(() -> units.topUnit(caller.tenant()));
    }
}
