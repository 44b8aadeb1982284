package no.virksomhetsplan.plans.orgunit.application;

import java.util.Optional;
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
}
