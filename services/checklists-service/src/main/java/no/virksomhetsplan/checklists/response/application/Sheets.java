package no.virksomhetsplan.checklists.response.application;

import no.virksomhetsplan.checklists.distribution.domain.Distribution;
import no.virksomhetsplan.checklists.distribution.domain.Distributions;
import no.virksomhetsplan.checklists.overview.domain.Counters;
import no.virksomhetsplan.checklists.response.domain.Response;
import no.virksomhetsplan.checklists.response.domain.ResponseId;
import no.virksomhetsplan.checklists.response.domain.ResponseSheet;
import no.virksomhetsplan.checklists.response.domain.Responses;
import no.virksomhetsplan.checklists.response.domain.SheetChange;
import no.virksomhetsplan.checklists.settings.domain.PlanYears;
import no.virksomhetsplan.checklists.template.domain.TemplateVersion;
import no.virksomhetsplan.checklists.template.domain.Templates;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.platform.domain.ConflictException;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.messaging.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Loads a unit's checklist whole, and saves what an operation did to it with its counters and event. */
@Component
public class Sheets {

    private final Responses responses;
    private final Distributions distributions;
    private final Templates templates;
    private final PlanYears planYears;
    private final Counters counters;
    private final Outbox outbox;

    Sheets(Responses responses, Distributions distributions, Templates templates, PlanYears planYears, Counters counters,
            Outbox outbox) {
        this.responses = responses;
        this.distributions = distributions;
        this.templates = templates;
        this.planYears = planYears;
        this.counters = counters;
        this.outbox = outbox;
    }

    public Response response(String tenant, ResponseId id) {
        return responses.find(tenant, id)
                .orElseThrow(() -> new NotFoundException("No checklist " + id + " in your municipality."));
    }

    /** The checklist, its response row locked until the transaction ends: one change of it at a time. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ResponseSheet forChange(String tenant, ResponseId id) {
        Response response = responses.findForUpdate(tenant, id)
                .orElseThrow(() -> new NotFoundException("No checklist " + id + " in your municipality."));
        ResponseSheet sheet = sheet(tenant, response);
        if (planYears.isClosed(tenant, sheet.distribution().period().year())) {
            throw new ConflictException("The plan year " + sheet.distribution().period().year() + " is closed: its checklists are locked.");
        }
        return sheet;
    }

    public ResponseSheet sheet(String tenant, Response response) {
        Distribution distribution = distributions.find(tenant, response.distributionId()).orElseThrow();
        TemplateVersion template = templates.version(tenant, distribution.templateId(), distribution.templateVersion()).orElseThrow();
        return new ResponseSheet(response, distribution, template, responses.current(tenant, response.id()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void save(String tenant, SheetChange change) {
        responses.update(tenant, change.response());
        responses.append(tenant, change.response().id(), change.newAnswers());
        counters.add(tenant, change.deltas());
        outbox.add(Topics.CHECKLISTS, tenant, change.event());
    }
}
