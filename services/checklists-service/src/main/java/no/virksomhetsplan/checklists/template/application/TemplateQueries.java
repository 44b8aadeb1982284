package no.virksomhetsplan.checklists.template.application;

import java.util.List;
import no.virksomhetsplan.checklists.template.domain.TemplateId;
import no.virksomhetsplan.checklists.template.domain.TemplateVersion;
import no.virksomhetsplan.checklists.template.domain.Templates;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;

/** Templates are read by everyone of the municipality: they are its routines, not anyone's answers. */
@Service
public class TemplateQueries {

    private final Templates templates;

    TemplateQueries(Templates templates) {
        this.templates = templates;
    }

    public List<TemplateVersion> all(Caller caller) {
        return templates.allLatest(caller.tenant());
    }

    public TemplateVersion latest(Caller caller, TemplateId id) {
        return templates.latest(caller.tenant(), id)
                .orElseThrow(() -> new NotFoundException("No checklist template " + id + " in your municipality."));
    }

    public TemplateVersion version(Caller caller, TemplateId id, int version) {
        return templates.version(caller.tenant(), id, version)
                .orElseThrow(() -> new NotFoundException("No version " + version + " of checklist template " + id + " in your municipality."));
    }
}
