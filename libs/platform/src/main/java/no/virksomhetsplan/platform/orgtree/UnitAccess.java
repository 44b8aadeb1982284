package no.virksomhetsplan.platform.orgtree;

import java.util.Optional;
import no.virksomhetsplan.platform.domain.ForbiddenException;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.security.Caller;
import no.virksomhetsplan.platform.security.Roles;

/**
 * Who may act on which unit (for the services that keep a replica of the tree), as in plans-service: the kommunedirektør and administrators on the whole municipality;
 * a kommunalsjef or unit leader on their own unit (the token's {@code org_unit} code) and everything below it.
 */
public class UnitAccess {

    private final Units units;

    UnitAccess(Units units) {
        this.units = units;
    }

    /** The unit the caller belongs to, from the {@code org_unit} claim, if it exists today. */
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

    /**
     * The unit, if the caller leads it.
     *
     * @throws NotFoundException  if it does not exist in the caller's municipality today
     * @throws ForbiddenException if it lies outside the caller's part of the tree
     */
    public OrgUnit requireLeads(Caller caller, OrgUnitId id) {
        OrgUnit unit = units.find(caller.tenant(), id)
                .orElseThrow(() -> new NotFoundException("No unit " + id + " in your municipality."));
        if (!leads(caller, unit)) {
            throw new ForbiddenException("The unit " + unit.name() + " is outside your part of the organisation.");
        }
        return unit;
    }

    /** The top of the caller's part of the tree: the top unit for those who see everything, else their own unit. */
    public Optional<OrgUnit> topOfReach(Caller caller) {
        if (seesEverything(caller)) {
            Optional<OrgUnit> own = ownUnit(caller);
            if (own.isPresent() && own.get().parentId() == null) {
                return own;
            }
            return own.flatMap(unit -> units.find(caller.tenant(), unit.lineage().get(0)))
                    .or(() -> units.topUnit(caller.tenant()));
        }
        return ownUnit(caller).filter(unit -> leads(caller, unit));
    }
}
