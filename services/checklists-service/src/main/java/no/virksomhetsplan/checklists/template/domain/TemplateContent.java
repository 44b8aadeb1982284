package no.virksomhetsplan.checklists.template.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.virksomhetsplan.platform.domain.RuleViolationException;

/** What an administrator writes for a template version: name, area, and categories → checkpoints → questions. */
public record TemplateContent(String name, Area area, String description, List<Category> categories) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 4000;
    /** Keeps one checklist something a person answers in one sitting, and its overview one read. */
    public static final int MAX_QUESTIONS = 300;

    public TemplateContent {
        name = TemplateTexts.require(name, MAX_NAME_LENGTH, "The template's name");
        if (area == null) {
            throw new RuleViolationException("Say which area the template belongs to (QUALITY, INTERNAL_CONTROL, HSE, HR or OTHER).");
        }
        if (description != null && description.isBlank()) {
            description = null;
        }
        if (description != null && description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new RuleViolationException("The template's description is longer than " + MAX_DESCRIPTION_LENGTH + " characters.");
        }
        if (categories == null || categories.isEmpty()) {
            throw new RuleViolationException("A template has at least one category.");
        }
        categories = List.copyOf(categories);
        Set<UUID> ids = new HashSet<>();
        int count = 0;
        for (Category category : categories) {
            for (Checkpoint checkpoint : category.checkpoints()) {
                for (Question question : checkpoint.questions()) {
                    count++;
                    if (!ids.add(question.id())) {
                        throw new RuleViolationException("The question id " + question.id() + " is used twice.");
                    }
                }
            }
        }
        if (count > MAX_QUESTIONS) {
            throw new RuleViolationException("A template has at most " + MAX_QUESTIONS + " questions; this one has " + count + ".");
        }
    }

    /** Every question, in the order they are asked. */
    public List<Question> questions() {
        return categories.stream().flatMap(category -> category.checkpoints().stream())
                .flatMap(checkpoint -> checkpoint.questions().stream()).toList();
    }
}
