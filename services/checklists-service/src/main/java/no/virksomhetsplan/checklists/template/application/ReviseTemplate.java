package no.virksomhetsplan.checklists.template.application;

import java.time.Clock;
import no.virksomhetsplan.checklists.orgunit.application.People;
import no.virksomhetsplan.checklists.template.domain.TemplateContent;
import no.virksomhetsplan.checklists.template.domain.TemplateId;
import no.virksomhetsplan.checklists.template.domain.TemplateVersion;
import no.virksomhetsplan.checklists.template.domain.Templates;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.messaging.Outbox;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator revises a template: a new version; checklists given out with earlier versions keep theirs. */
@Service
public class ReviseTemplate {

    private final Templates templates;
    private final Outbox outbox;
    private final Clock clock;

    ReviseTemplate(Templates templates, Outbox outbox, Clock clock) {
        this.templates = templates;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public TemplateVersion handle(Caller caller, TemplateId id, int basedOnVersion, TemplateContent content) {
        TemplateAdmins.require(caller);
        TemplateVersion latest = templates.latestForUpdate(caller.tenant(), id)
                .orElseThrow(() -> new NotFoundException("No checklist template " + id + " in your municipality."));
        TemplateVersion next = latest.revise(basedOnVersion, content, People.of(caller), clock.instant());
        templates.add(caller.tenant(), next);
        outbox.add(Topics.CHECKLISTS, caller.tenant(), next.event());
        return next;
    }
}
