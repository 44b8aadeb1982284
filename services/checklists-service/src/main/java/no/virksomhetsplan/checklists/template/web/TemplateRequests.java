package no.virksomhetsplan.checklists.template.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.checklists.template.domain.Area;
import no.virksomhetsplan.checklists.template.domain.Category;
import no.virksomhetsplan.checklists.template.domain.Checkpoint;
import no.virksomhetsplan.checklists.template.domain.Question;
import no.virksomhetsplan.checklists.template.domain.QuestionType;
import no.virksomhetsplan.checklists.template.domain.TemplateContent;

/** What the API accepts for templates. */
final class TemplateRequests {

    private TemplateRequests() {
    }

    /** Validation group of what only a revision needs: the version it is based on. */
    interface Revision {
    }

    /**
     * @param version on a revision, the latest version the revision is based on
     */
    record TemplateRequest(
            @NotNull(groups = Revision.class) @Min(1) Integer version,
            @NotBlank @Size(max = TemplateContent.MAX_NAME_LENGTH) String name,
            @NotNull Area area,
            @Size(max = TemplateContent.MAX_DESCRIPTION_LENGTH) String description,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid CategoryRequest> categories) {

        TemplateContent toContent() {
            return new TemplateContent(name, area, description, categories.stream().map(CategoryRequest::toDomain).toList());
        }
    }

    record CategoryRequest(@NotBlank @Size(max = 200) String title,
            @NotEmpty @Size(max = 100) List<@NotNull @Valid CheckpointRequest> checkpoints) {

        Category toDomain() {
            return new Category(title, checkpoints.stream().map(CheckpointRequest::toDomain).toList());
        }
    }

    record CheckpointRequest(@NotBlank @Size(max = 200) String title,
            @NotEmpty @Size(max = TemplateContent.MAX_QUESTIONS) List<@NotNull @Valid QuestionRequest> questions) {

        Checkpoint toDomain() {
            return new Checkpoint(title, questions.stream().map(QuestionRequest::toDomain).toList());
        }
    }

    /**
     * @param id       to keep a question of the version revised (its answers can then be followed across versions);
     *                 absent for a new question
     * @param required absent means not required
     */
    record QuestionRequest(UUID id, @NotBlank @Size(max = Question.MAX_TEXT_LENGTH) String text, @NotNull QuestionType type,
            Boolean required) {

        Question toDomain() {
            return new Question(id != null ? id : UUID.randomUUID(), text, type, Boolean.TRUE.equals(required));
        }
    }
}
