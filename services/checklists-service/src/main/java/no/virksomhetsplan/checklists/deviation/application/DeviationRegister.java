package no.virksomhetsplan.checklists.deviation.application;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import no.virksomhetsplan.checklists.deviation.domain.Deviation;
import no.virksomhetsplan.checklists.deviation.domain.Deviations;
import no.virksomhetsplan.checklists.orgunit.application.UnitAccess;
import no.virksomhetsplan.checklists.orgunit.domain.OrgUnit;
import no.virksomhetsplan.checklists.orgunit.domain.OrgUnitId;
import no.virksomhetsplan.checklists.response.application.ResponseAccess;
import no.virksomhetsplan.checklists.response.application.Sheets;
import no.virksomhetsplan.checklists.response.domain.Response;
import no.virksomhetsplan.checklists.response.domain.ResponseId;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;

/** The deviation register of a unit, alone or with its subtree, for those who lead it. */
@Service
public class DeviationRegister {

    public static final int MAX_PAGE_SIZE = 200;

    private final Deviations deviations;
    private final UnitAccess access;
    private final Sheets sheets;
    private final ResponseAccess responseAccess;

    DeviationRegister(Deviations deviations, UnitAccess access, Sheets sheets, ResponseAccess responseAccess) {
        this.deviations = deviations;
        this.access = access;
        this.sheets = sheets;
        this.responseAccess = responseAccess;
    }

    /**
     * @param unitId  the unit; null for the top of the caller's part of the tree
     * @param subtree false for the unit's own deviations only
     * @param closed  null for all, else only closed or only open ones
     */
    public List<Deviation> of(Caller caller, UUID unitId, boolean subtree, Boolean closed, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new RuleViolationException("Pages are numbered from 0 and hold 1 to " + MAX_PAGE_SIZE + " deviations.");
        }
        OrgUnit unit = unitId != null ? access.requireLeads(caller, new OrgUnitId(unitId))
                : access.topOfReach(caller).orElseThrow(() -> new NotFoundException("Your token names no unit you lead here."));
        String path = "/" + unit.lineage().stream().map(OrgUnitId::toString).collect(Collectors.joining("/")) + "/";
        return deviations.register(caller.tenant(), path, subtree, closed, page * size, size);
    }

    public List<Deviation> ofResponse(Caller caller, ResponseId id) {
        Response response = sheets.response(caller.tenant(), id);
        responseAccess.requireMayRead(caller, response);
        return deviations.ofResponse(caller.tenant(), id.value());
    }

    public Deviation one(Caller caller, UUID id) {
        Deviation deviation = deviations.find(caller.tenant(), id)
                .orElseThrow(() -> new NotFoundException("No deviation " + id + " in your municipality."));
        responseAccess.requireMayRead(caller, sheets.response(caller.tenant(), new ResponseId(deviation.responseId())));
        return deviation;
    }
}
