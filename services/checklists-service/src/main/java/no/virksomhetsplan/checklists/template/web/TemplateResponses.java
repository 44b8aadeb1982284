package no.virksomhetsplan.checklists.template.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.checklists.template.domain.TemplateVersion;

final class TemplateResponses {

    private TemplateResponses() {
    }

    record TemplateSummary(UUID id, int version, String name, String area, String description, int questions, String createdBy,
            Instant createdAt) {

        static TemplateSummary of(TemplateVersion v) {
            return new TemplateSummary(v.templateId().value(), v.version(), v.content().name(), v.content().area().name(),
                    v.content().description(), v.content().questions().size(), v.createdBy(), v.createdAt());
        }
    }

    record QuestionResponse(UUID id, String text, String type, boolean required) {
    }

    record CheckpointResponse(String title, List<QuestionResponse> questions) {
    }

    record CategoryResponse(String title, List<CheckpointResponse> checkpoints) {
    }

    record TemplateResponse(UUID id, int version, String name, String area, String description, List<CategoryResponse> categories,
            String createdBy, Instant createdAt) {

        static TemplateResponse of(TemplateVersion v) {
            return new TemplateResponse(v.templateId().value(), v.version(), v.content().name(), v.content().area().name(),
                    v.content().description(), v.content().categories().stream()
                            .map(category -> new CategoryResponse(category.title(), category.checkpoints().stream()
                                    .map(checkpoint -> new CheckpointResponse(checkpoint.title(), checkpoint.questions().stream()
                                            .map(q -> new QuestionResponse(q.id(), q.text(), q.type().name(), q.required()))
                                            .toList()))
                                    .toList()))
                            .toList(),
                    v.createdBy(), v.createdAt());
        }
    }
}
