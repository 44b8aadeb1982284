package no.virksomhetsplan.plans.orgunit.application;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.virksomhetsplan.plans.orgunit.domain.OrgCalendar;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnit;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnits;
import no.virksomhetsplan.platform.domain.ForbiddenException;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.security.Caller;
import no.virksomhetsplan.platform.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Who may act on which unit: the kommunedirektør and administrators on the whole municipality; a kommunalsjef
 * or unit leader on their own unit (the token's {@code org_unit} code) and everything below it; nobody else.
 * The tree is today's: a move or a closing decided for a later day counts from that day.
 */
@Component
public class UnitAccess {

    private final OrgUnits units;

    UnitAccess(OrgUnits units) {
        this.units = units;
    }

    /** The unit the caller belongs to, from the {@code org_unit} claim, if it exists in today's tree. */
    public Optional<OrgUnit> ownUnit(Caller caller) {
        if (caller.orgUnit() == null || caller.orgUnit().isBlank()) {
            return Optional.empty();
        }
        return units.findByExternalCodeAt(caller.tenant(), caller.orgUnit(), OrgCalendar.today());
    }

    /** True if the caller leads this unit or a unit above it (or may act on the whole municipality). */
    public boolean leads(Caller caller, OrgUnit unit) {
        if (caller.hasAnyRole(Roles.KOMMUNEDIREKTOR, Roles.ADMIN)) {
            return true;
        }
        if (!caller.hasAnyRole(Roles.KOMMUNALSJEF, Roles.VIRKSOMHETSLEDER)) {
            return false;
        }
        return ownUnit(caller).map(own -> own.id().equals(unit.id()) || unit.ancestorIds().contains(own.id())).orElse(false);
    }

    /**
     * The unit as it is today, if the caller may lead it.
     *
     * @throws NotFoundException  if it does not exist in the caller's municipality today
     * @throws ForbiddenException if it lies outside the caller's part of the tree
     */
    public OrgUnit requireLeads(Caller caller, OrgUnitId id) {
        OrgUnit unit = units.findAt(caller.tenant(), id, OrgCalendar.today())
                .orElseThrow(() -> new NotFoundException("No such unit in your municipality."));
        if (!leads(caller, unit)) {
            throw new ForbiddenException("The unit " + unit.name() + " is outside your part of the organisation.");
        }
        return unit;
    }

    /**
     * What {@link #leads} and {@link #ownUnit} answer, for a whole list at once: filtering a list of letters or
     * agreements by the caller's part of the tree then costs two queries, however many units the list touches.
     */
    public Reach reach(Caller caller) {
        Optional<OrgUnit> own = ownUnit(caller);
        boolean wholeMunicipality = caller.hasAnyRole(Roles.KOMMUNEDIREKTOR, Roles.ADMIN);
        Set<OrgUnitId> led = !wholeMunicipality && own.isPresent() && caller.hasAnyRole(Roles.KOMMUNALSJEF, Roles.VIRKSOMHETSLEDER)
                ? units.subtree(caller.tenant(), own.get().id()).stream().map(OrgUnit::id).collect(Collectors.toUnmodifiableSet())
                : Set.of();
        boolean leadsPeople = caller.hasAnyRole(Roles.KOMMUNEDIREKTOR, Roles.KOMMUNALSJEF, Roles.VIRKSOMHETSLEDER);
        return new Reach(wholeMunicipality, led, own.orElse(null), leadsPeople);
    }

    /**
     * A caller's place in the tree.
     *
     * @param wholeMunicipality the caller may act on every unit (kommunedirektør, administrator)
     * @param led               otherwise, the units the caller leads: their own unit and everything below it
     * @param ownUnit           the caller's own unit, or null if the token names none that exists
     * @param leadsPeople       the caller is a leader (kommunedirektør, kommunalsjef, virksomhetsleder), not only an
     *                          administrator of the system
     */
    public record Reach(boolean wholeMunicipality, Set<OrgUnitId> led, OrgUnit ownUnit, boolean leadsPeople) {

        public Reach {
            led = Set.copyOf(led);
        }

        /** Same answer as {@link UnitAccess#leads}. */
        public boolean leads(OrgUnitId unit) {
            return wholeMunicipality || led.contains(unit);
        }

        /** The caller's own unit is this unit or lies below it, so what is addressed to the unit concerns them. */
        public boolean worksWithin(OrgUnitId unit) {
            return ownUnit != null && (ownUnit.id().equals(unit) || ownUnit.ancestorIds().contains(unit));
        }

        /** The caller is this unit's own leader: it is their unit, and they are a leader. */
        public boolean isLeaderOf(OrgUnitId unit) {
            return leadsPeople && ownUnit != null && ownUnit.id().equals(unit);
        }

        /** The caller is a leader of a unit above this one (the kommunedirektør is above every unit but their own). */
        public boolean leadsFromAbove(OrgUnitId unit) {
            return leadsPeople && leads(unit) && (ownUnit == null || !ownUnit.id().equals(unit));
        }
    }
}
