package no.virksomhetsplan.checklists.template.domain;

import java.util.List;
import no.virksomhetsplan.platform.domain.RuleViolationException;

/** A checkpoint (kontrollpunkt) of a category, with its questions in order. */
public record Checkpoint(String title, List<Question> questions) {

    public Checkpoint {
        title = TemplateTexts.require(title, TemplateTexts.MAX_TITLE_LENGTH, "A checkpoint's title");
        if (questions == null || questions.isEmpty()) {
            throw new RuleViolationException("The checkpoint \"" + title + "\" has no questions.");
        }
        questions = List.copyOf(questions);
    }
}
