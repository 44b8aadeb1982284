package no.virksomhetsplan.checklists.template.domain;

import java.util.List;
import no.virksomhetsplan.platform.domain.RuleViolationException;

/** A category of a checklist (e.g. "Brannvern"), with its checkpoints in order. */
public record Category(String title, List<Checkpoint> checkpoints) {

    public Category {
        title = TemplateTexts.require(title, TemplateTexts.MAX_TITLE_LENGTH, "A category's title");
        if (checkpoints == null || checkpoints.isEmpty()) {
            throw new RuleViolationException("The category \"" + title + "\" has no checkpoints.");
        }
        checkpoints = List.copyOf(checkpoints);
    }
}
