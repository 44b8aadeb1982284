package no.virksomhetsplan.checklists.distribution.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.checklists.distribution.domain.Distribution;
import no.virksomhetsplan.checklists.distribution.domain.Distributions;
import no.virksomhetsplan.checklists.orgunit.application.People;
import no.virksomhetsplan.checklists.overview.domain.CounterDeltas;
import no.virksomhetsplan.checklists.overview.domain.Counters;
import no.virksomhetsplan.checklists.overview.domain.ResponseMeasure;
import no.virksomhetsplan.checklists.response.domain.Response;
import no.virksomhetsplan.checklists.response.domain.ResponseId;
import no.virksomhetsplan.checklists.response.domain.ResponseStatus;
import no.virksomhetsplan.checklists.response.domain.Responses;
import no.virksomhetsplan.checklists.settings.domain.PlanYears;
import no.virksomhetsplan.checklists.template.domain.TemplateVersion;
import no.virksomhetsplan.checklists.template.domain.Templates;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.checklists.ChecklistDistributed;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import no.virksomhetsplan.platform.messaging.Outbox;
import no.virksomhetsplan.platform.orgtree.OrgUnit;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;
import no.virksomhetsplan.platform.orgtree.UnitAccess;
import no.virksomhetsplan.platform.orgtree.Units;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a template version to units for a period: one checklist per unit, its counters and the event in one
 * transaction. The caller must lead every unit they give it to (administrators and the kommunedirektør lead all).
 */
@Service
public class Distribute {

    /**
     * A whole municipality at Oslo scale, with room to spare; and the distributed event (about 100 bytes per unit) stays
     * well under Kafka's default record limit of 1 MB.
     */
    static final int MAX_UNITS = 5_000;

    private final Templates templates;
    private final Distributions distributions;
    private final Responses responses;
    private final Counters counters;
    private final UnitAccess access;
    private final Units units;
    private final PlanYears planYears;
    private final Outbox outbox;
    private final Clock clock;

    Distribute(Templates templates, Distributions distributions, Responses responses, Counters counters, UnitAccess access,
            Units units, PlanYears planYears, Outbox outbox, Clock clock) {
        this.templates = templates;
        this.distributions = distributions;
        this.responses = responses;
        this.counters = counters;
        this.access = access;
        this.units = units;
        this.planYears = planYears;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Distribution handle(Caller caller, DistributeCommand command) {
        String tenant = caller.tenant();
        TemplateVersion template = (command.templateVersion() == null
                ? templates.latest(tenant, command.templateId())
                : templates.version(tenant, command.templateId(), command.templateVersion()))
                .orElseThrow(() -> new NotFoundException("No checklist template " + command.templateId()
                        + (command.templateVersion() == null ? "" : " version " + command.templateVersion()) + " in your municipality."));
        if (planYears.isClosed(tenant, command.period().year())) {
            throw new RuleViolationException("The plan year " + command.period().year() + " is closed.");
        }
        Map<OrgUnitId, String> chosen = chosenUnits(caller, command.targets());
        String title = command.title() == null || command.title().isBlank()
                ? template.content().name() + " – " + command.period().label() : command.title();
        LocalDate today = LocalDate.now(clock);
        Distribution distribution = Distribution.create(template.templateId(), template.version(), title, command.period(),
                command.deadline(), command.includeInMonthlyReport(), People.of(caller), clock.instant(), today);
        distributions.add(tenant, distribution);

        List<Response> created = new ArrayList<>();
        CounterDeltas deltas = new CounterDeltas();
        UUID distributionId = distribution.id().value();
        chosen.forEach((unit, responsible) -> {
            created.add(new Response(new ResponseId(UUID.randomUUID()), distribution.id(), unit, responsible,
                    ResponseStatus.NOT_STARTED, null, null, 1));
            deltas.add(distributionId, unit.value(), ResponseMeasure.ASSIGNED, 1)
                    .add(distributionId, unit.value(), ResponseMeasure.NOT_STARTED, 1);
        });
        responses.addAll(tenant, created);
        counters.add(tenant, deltas);
        outbox.add(Topics.CHECKLISTS, tenant, new ChecklistDistributed(distributionId, template.templateId().value(),
                template.version(), title, command.period().kind().name(), command.period().year(), command.period().number(),
                distribution.deadline(), distribution.includeInMonthlyReport(),
                created.stream().map(r -> new ChecklistDistributed.UnitChecklist(r.id().value(), r.unitId().value(), r.responsible()))
                        .toList(),
                distribution.createdBy(), distribution.createdAt()));
        return distribution;
    }

    /** Each unit once: a unit named on its own keeps its named person, units reached through a subtree have none. */
    private Map<OrgUnitId, String> chosenUnits(Caller caller, List<DistributeCommand.Target> targets) {
        if (targets == null || targets.isEmpty()) {
            throw new RuleViolationException("Say which units get the checklist (targets).");
        }
        Map<OrgUnitId, String> chosen = new LinkedHashMap<>();
        for (DistributeCommand.Target target : targets) {
            OrgUnit unit = access.requireLeads(caller, target.unitId());
            String responsible = People.normalise(target.responsible());
            if (target.includeSubtree()) {
                for (OrgUnit below : units.subtree(caller.tenant(), unit.id())) {
                    chosen.putIfAbsent(below.id(), null);
                }
            }
            if (responsible != null || !chosen.containsKey(unit.id())) {
                chosen.put(unit.id(), responsible);
            }
            if (chosen.size() > MAX_UNITS) {
                throw new RuleViolationException("A checklist is given to at most " + MAX_UNITS + " units at once.");
            }
        }
        return chosen;
    }
}
