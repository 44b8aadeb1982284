package no.virksomhetsplan.checklists.template.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.virksomhetsplan.contracts.checklists.ChecklistTemplateChanged;
import no.virksomhetsplan.platform.domain.ConflictException;

/**
 * One version of a checklist template. A version is never changed: revising a template writes its next version, and
 * whatever was given out with an earlier one keeps it.
 */
public record TemplateVersion(TemplateId templateId, int version, TemplateContent content, String createdBy, Instant createdAt) {

    /** The first version of a new template. */
    public static TemplateVersion define(TemplateContent content, String by, Instant at) {
        return new TemplateVersion(TemplateId.newId(), 1, content, by, at);
    }

    /**
     * The next version of this template.
     *
     * @throws ConflictException if someone revised it since the version the revision is based on
     */
    public TemplateVersion revise(int basedOnVersion, TemplateContent content, String by, Instant at) {
        if (basedOnVersion != version) {
            throw new ConflictException("The template was revised since version " + basedOnVersion + "; its latest version is "
                    + version + ". Read it again and make your changes there.");
        }
        return new TemplateVersion(templateId, version + 1, content, by, at);
    }

    public Optional<Question> question(UUID id) {
        return Optional.ofNullable(questionsById().get(id));
    }

    public Map<UUID, Question> questionsById() {
        return content.questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));
    }

    public ChecklistTemplateChanged event() {
        List<ChecklistTemplateChanged.Category> categories = content.categories().stream()
                .map(category -> new ChecklistTemplateChanged.Category(category.title(), category.checkpoints().stream()
                        .map(checkpoint -> new ChecklistTemplateChanged.Checkpoint(checkpoint.title(), checkpoint.questions().stream()
                                .map(q -> new ChecklistTemplateChanged.Question(q.id(), q.text(), q.type().name(), q.required()))
                                .toList()))
                        .toList()))
                .toList();
        return new ChecklistTemplateChanged(templateId.value(), version, content.name(), content.area().name(),
                content.description(), categories, version == 1 ? "CREATED" : "REVISED", createdBy, createdAt);
    }
}
