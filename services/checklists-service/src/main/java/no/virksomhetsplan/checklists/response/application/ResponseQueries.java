package no.virksomhetsplan.checklists.response.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.virksomhetsplan.checklists.orgunit.application.People;
import no.virksomhetsplan.checklists.response.domain.Answer;
import no.virksomhetsplan.checklists.response.domain.Response;
import no.virksomhetsplan.checklists.response.domain.ResponseId;
import no.virksomhetsplan.checklists.response.domain.ResponseSheet;
import no.virksomhetsplan.checklists.response.domain.Responses;
import no.virksomhetsplan.platform.orgtree.OrgUnit;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;
import no.virksomhetsplan.platform.orgtree.UnitAccess;
import no.virksomhetsplan.platform.orgtree.Units;
import no.virksomhetsplan.platform.security.Caller;
import no.virksomhetsplan.platform.security.Roles;
import org.springframework.stereotype.Service;

@Service
public class ResponseQueries {

    /** A unit's checklist and whether the caller may answer it. */
    public record SheetView(ResponseSheet sheet, boolean mayAnswer) {
    }

    private final Sheets sheets;
    private final Responses responses;
    private final ResponseAccess access;
    private final UnitAccess units;
    private final Units tree;

    ResponseQueries(Sheets sheets, Responses responses, ResponseAccess access, UnitAccess units, Units tree) {
        this.sheets = sheets;
        this.responses = responses;
        this.access = access;
        this.units = units;
        this.tree = tree;
    }

    public SheetView sheet(Caller caller, ResponseId id) {
        Response response = sheets.response(caller.tenant(), id);
        access.requireMayRead(caller, response);
        return new SheetView(sheets.sheet(caller.tenant(), response), access.mayAnswer(caller, response));
    }

    /** Every answer ever given to the checklist, oldest first: who answered what, when. */
    public List<Answer> history(Caller caller, ResponseId id) {
        Response response = sheets.response(caller.tenant(), id);
        access.requireMayRead(caller, response);
        return responses.history(caller.tenant(), id);
    }

    /**
     * The checklists the caller answers: those naming them, those of the unit they lead, and those of the units below it
     * without a leader of their own (down to the next unit that has one).
     */
    public List<Response> mine(Caller caller) {
        List<UUID> answered = new ArrayList<>();
        if (caller.hasAnyRole(Roles.KOMMUNEDIREKTOR, Roles.KOMMUNALSJEF, Roles.VIRKSOMHETSLEDER)) {
            units.ownUnit(caller).ifPresent(own -> {
                Set<OrgUnitId> reached = new HashSet<>(Set.of(own.id()));
                for (OrgUnit unit : tree.subtree(caller.tenant(), own.id())) {
                    if (!unit.id().equals(own.id()) && unit.leader() == null && reached.contains(unit.parentId())) {
                        reached.add(unit.id());
                    }
                }
                reached.forEach(id -> answered.add(id.value()));
            });
        }
        return responses.forPerson(caller.tenant(), People.of(caller), answered);
    }
}
