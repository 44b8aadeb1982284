package no.virksomhetsplan.checklists.response.application;

import no.virksomhetsplan.checklists.orgunit.application.People;
import no.virksomhetsplan.checklists.orgunit.application.UnitAccess;
import no.virksomhetsplan.checklists.orgunit.application.Units;
import no.virksomhetsplan.checklists.response.domain.Response;
import no.virksomhetsplan.platform.domain.ForbiddenException;
import no.virksomhetsplan.platform.security.Caller;
import no.virksomhetsplan.platform.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Who answers and who reads a unit's checklist:
 * <ul>
 *   <li>it is answered (and submitted, and deviations raised from it) by a leader of that very unit — the token's own
 *       unit is the checklist's unit — or by the person named for it;</li>
 *   <li>it is read by those who answer it and by everyone who leads the unit or a unit above it.</li>
 * </ul>
 */
@Component
public class ResponseAccess {

    private final UnitAccess access;
    private final Units units;

    ResponseAccess(UnitAccess access, Units units) {
        this.access = access;
        this.units = units;
    }

    public boolean mayAnswer(Caller caller, Response response) {
        if (response.responsible() != null && response.responsible().equals(People.of(caller))) {
            return true;
        }
        return caller.hasAnyRole(Roles.KOMMUNEDIREKTOR, Roles.KOMMUNALSJEF, Roles.VIRKSOMHETSLEDER)
                && access.ownUnit(caller).map(own -> own.id().equals(response.unitId())).orElse(false);
    }

    public void requireMayAnswer(Caller caller, Response response) {
        if (!mayAnswer(caller, response)) {
            throw new ForbiddenException("This checklist is answered by the leader of its own unit or the person named for it.");
        }
    }

    public void requireMayRead(Caller caller, Response response) {
        if (mayAnswer(caller, response)) {
            return;
        }
        boolean leads = units.findEvenClosed(caller.tenant(), response.unitId()).map(unit -> access.leads(caller, unit)).orElse(false);
        if (!leads) {
            throw new ForbiddenException("The checklist belongs to a unit outside your part of the organisation.");
        }
    }
}
