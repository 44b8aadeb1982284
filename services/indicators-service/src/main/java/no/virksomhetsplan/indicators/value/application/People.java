package no.virksomhetsplan.indicators.value.application;

import no.virksomhetsplan.indicators.orgunit.domain.Unit;
import no.virksomhetsplan.indicators.orgunit.domain.Units;
import no.virksomhetsplan.indicators.value.domain.Submitter;
import no.virksomhetsplan.platform.domain.ForbiddenException;
import no.virksomhetsplan.platform.security.Caller;
import no.virksomhetsplan.platform.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Who may enter the municipality's own statistics by hand, and for which units: the administrator and the
 * kommunedirektør for every unit; leaders and employees for their own unit and everything below it.
 */
@Component
public class People {

    private final Units units;

    People(Units units) {
        this.units = units;
    }

    public Submitter.Person enteringValues(Caller caller) {
        if (caller.hasAnyRole(Roles.ADMIN, Roles.KOMMUNEDIREKTOR)) {
            return new Submitter.Person(caller.username(), null);
        }
        if (!caller.hasAnyRole(Roles.KOMMUNALSJEF, Roles.VIRKSOMHETSLEDER, Roles.MEDARBEIDER)) {
            throw new ForbiddenException("Your role does not enter indicator values.");
        }
        Unit own = caller.orgUnit() == null ? null : units.byCode(caller.tenant(), caller.orgUnit()).orElse(null);
        if (own == null) {
            throw new ForbiddenException("You do not belong to a unit of the org tree, so you cannot enter values for one.");
        }
        return new Submitter.Person(caller.username(), own);
    }
}
