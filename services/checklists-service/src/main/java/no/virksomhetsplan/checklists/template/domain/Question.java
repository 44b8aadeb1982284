package no.virksomhetsplan.checklists.template.domain;

import java.util.Objects;
import java.util.UUID;
import no.virksomhetsplan.platform.domain.RuleViolationException;

/**
 * A question of a checkpoint.
 *
 * @param id       kept from version to version while the question is kept, so answers can be followed across them
 * @param required a checklist is not submitted without an answer to it
 */
public record Question(UUID id, String text, QuestionType type, boolean required) {

    public static final int MAX_TEXT_LENGTH = 1000;

    public Question {
        Objects.requireNonNull(id);
        text = TemplateTexts.require(text, MAX_TEXT_LENGTH, "A question's text");
        if (type == null) {
            throw new RuleViolationException("The question \"" + text + "\" needs a type: TEXT, CHECKBOX, YES_NO or NUMBER.");
        }
    }
}
