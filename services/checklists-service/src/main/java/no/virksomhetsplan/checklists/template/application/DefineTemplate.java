package no.virksomhetsplan.checklists.template.application;

import java.time.Clock;
import no.virksomhetsplan.checklists.orgunit.application.People;
import no.virksomhetsplan.checklists.template.domain.TemplateContent;
import no.virksomhetsplan.checklists.template.domain.TemplateVersion;
import no.virksomhetsplan.checklists.template.domain.Templates;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.platform.messaging.Outbox;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator defines a new template: its version 1 and its event commit together. */
@Service
public class DefineTemplate {

    private final Templates templates;
    private final Outbox outbox;
    private final Clock clock;

    DefineTemplate(Templates templates, Outbox outbox, Clock clock) {
        this.templates = templates;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public TemplateVersion handle(Caller caller, TemplateContent content) {
        TemplateAdmins.require(caller);
        TemplateVersion version = TemplateVersion.define(content, People.of(caller), clock.instant());
        templates.add(caller.tenant(), version);
        outbox.add(Topics.CHECKLISTS, caller.tenant(), version.event());
        return version;
    }
}
