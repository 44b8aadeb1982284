package no.virksomhetsplan.checklists.deviation.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import no.virksomhetsplan.checklists.deviation.domain.Deviation;
import no.virksomhetsplan.checklists.deviation.domain.Deviations;
import no.virksomhetsplan.checklists.distribution.domain.Distribution;
import no.virksomhetsplan.checklists.distribution.domain.DistributionId;
import no.virksomhetsplan.checklists.distribution.domain.Distributions;
import no.virksomhetsplan.checklists.response.application.ResponseAccess;
import no.virksomhetsplan.checklists.response.application.Sheets;
import no.virksomhetsplan.checklists.response.domain.Response;
import no.virksomhetsplan.checklists.response.domain.ResponseId;
import no.virksomhetsplan.checklists.template.domain.Templates;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import no.virksomhetsplan.platform.orgtree.OrgUnit;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;
import no.virksomhetsplan.platform.orgtree.UnitAccess;
import no.virksomhetsplan.platform.orgtree.Units;
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
    private final Units units;
    private final Distributions distributions;
    private final Templates templates;

    DeviationRegister(Deviations deviations, UnitAccess access, Sheets sheets, ResponseAccess responseAccess, Units units,
            Distributions distributions, Templates templates) {
        this.deviations = deviations;
        this.access = access;
        this.sheets = sheets;
        this.responseAccess = responseAccess;
        this.units = units;
        this.distributions = distributions;
        this.templates = templates;
    }

    /**
     * @param unitId  the unit; null for the top of the caller's part of the tree
     * @param subtree false for the unit's own deviations only
     * @param closed  null for all, else only closed or only open ones
     */
    public List<DeviationEntry> of(Caller caller, UUID unitId, boolean subtree, Boolean closed, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new RuleViolationException("Pages are numbered from 0 and hold 1 to " + MAX_PAGE_SIZE + " deviations.");
        }
        OrgUnit unit = unitId != null ? access.requireLeads(caller, new OrgUnitId(unitId))
                : access.topOfReach(caller).orElseThrow(() -> new NotFoundException("Your token names no unit you lead here."));
        String path = "/" + unit.lineage().stream().map(OrgUnitId::toString).collect(Collectors.joining("/")) + "/";
        return describe(caller.tenant(), deviations.register(caller.tenant(), path, subtree, closed, page * size, size));
    }

    public List<DeviationEntry> ofResponse(Caller caller, ResponseId id) {
        Response response = sheets.response(caller.tenant(), id);
        responseAccess.requireMayRead(caller, response);
        return describe(caller.tenant(), deviations.ofResponse(caller.tenant(), id.value()));
    }

    public DeviationEntry one(Caller caller, UUID id) {
        Deviation deviation = deviations.find(caller.tenant(), id)
                .orElseThrow(() -> new NotFoundException("No deviation " + id + " in your municipality."));
        responseAccess.requireMayRead(caller, sheets.response(caller.tenant(), new ResponseId(deviation.responseId())));
        return describe(caller.tenant(), List.of(deviation)).get(0);
    }

    /** Deviations with their unit's name, checklist title and question text; each unit and checklist looked up once. */
    public List<DeviationEntry> describe(String tenant, List<Deviation> found) {
        Map<UUID, String> unitNames = new HashMap<>();
        Map<UUID, Optional<Distribution>> checklists = new HashMap<>();
        return found.stream().map(deviation -> {
            String unitName = unitNames.computeIfAbsent(deviation.unitId(),
                    id -> units.findEvenClosed(tenant, new OrgUnitId(id)).map(OrgUnit::name).orElse(null));
            Optional<Distribution> distribution = checklists.computeIfAbsent(deviation.distributionId(),
                    id -> distributions.find(tenant, new DistributionId(id)));
            String questionText = distribution
                    .flatMap(d -> templates.version(tenant, d.templateId(), d.templateVersion()))
                    .flatMap(template -> template.question(deviation.questionId()))
                    .map(question -> question.text()).orElse(null);
            return new DeviationEntry(deviation, unitName, distribution.map(Distribution::title).orElse(null), questionText);
        }).toList();
    }
}
