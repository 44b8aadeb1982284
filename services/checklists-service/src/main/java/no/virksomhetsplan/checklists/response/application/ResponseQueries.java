package no.virksomhetsplan.checklists.response.application;

import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.checklists.orgunit.application.People;
import no.virksomhetsplan.checklists.orgunit.application.UnitAccess;
import no.virksomhetsplan.checklists.orgunit.domain.OrgUnit;
import no.virksomhetsplan.checklists.response.domain.Answer;
import no.virksomhetsplan.checklists.response.domain.Response;
import no.virksomhetsplan.checklists.response.domain.ResponseId;
import no.virksomhetsplan.checklists.response.domain.ResponseSheet;
import no.virksomhetsplan.checklists.response.domain.Responses;
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

    ResponseQueries(Sheets sheets, Responses responses, ResponseAccess access, UnitAccess units) {
        this.sheets = sheets;
        this.responses = responses;
        this.access = access;
        this.units = units;
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

    /** The checklists the caller answers: those naming them, and those of the unit they lead. */
    public List<Response> mine(Caller caller) {
        UUID led = caller.hasAnyRole(Roles.KOMMUNEDIREKTOR, Roles.KOMMUNALSJEF, Roles.VIRKSOMHETSLEDER)
                ? units.ownUnit(caller).map(OrgUnit::id).map(id -> id.value()).orElse(null) : null;
        return responses.forPerson(caller.tenant(), People.of(caller), led);
    }
}
