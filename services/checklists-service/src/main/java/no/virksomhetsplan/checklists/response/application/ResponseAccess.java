package no.virksomhetsplan.checklists.response.application;

import java.util.Optional;
import no.virksomhetsplan.checklists.orgunit.application.People;
import no.virksomhetsplan.checklists.response.domain.Response;
import no.virksomhetsplan.platform.domain.ForbiddenException;
import no.virksomhetsplan.platform.orgtree.OrgUnit;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;
import no.virksomhetsplan.platform.orgtree.UnitAccess;
import no.virksomhetsplan.platform.orgtree.Units;
import no.virksomhetsplan.platform.security.Caller;
import no.virksomhetsplan.platform.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Who answers and who reads a unit's checklist:
 * <ul>
 *   <li>it is answered (and submitted, and deviations raised from it) by a leader of that very unit — the token's own
 *       unit is the checklist's unit — or by the person named for it; a unit without a leader of its own is answered
 *       by the leaders of the nearest unit above that has one;</li>
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
        if (!caller.hasAnyRole(Roles.KOMMUNEDIREKTOR, Roles.KOMMUNALSJEF, Roles.VIRKSOMHETSLEDER)) {
            return false;
        }
        Optional<OrgUnitId> own = access.ownUnit(caller).map(OrgUnit::id);
        if (own.isEmpty()) {
            return false;
        }
        if (own.get().equals(response.unitId())) {
            return true;
        }
        return units.findEvenClosed(caller.tenant(), response.unitId())
                .filter(unit -> unit.leader() == null)
                .map(unit -> answersFor(caller.tenant(), own.get(), unit))
                .orElse(false);
    }

    /**
     * A unit without a leader of its own is answered from the nearest unit above that has a leader: true if, going up,
     * the caller's own unit comes before (or is) the first unit with a leader.
     */
    private boolean answersFor(String tenant, OrgUnitId own, OrgUnit leaderless) {
        for (OrgUnitId above : leaderless.ancestorsNearestFirst()) {
            if (above.equals(own)) {
                return true;
            }
            if (units.findEvenClosed(tenant, above).map(unit -> unit.leader() != null).orElse(true)) {
                return false;
            }
        }
        return false;
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
