package no.virksomhetsplan.contracts.checklists;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * A checklist template was defined (change CREATED, version 1) or revised (REVISED, the next version). A version is
 * never changed after it is published; the event carries the version's whole content. Published on
 * {@link no.virksomhetsplan.contracts.Topics#CHECKLISTS}, keyed by the template.
 *
 * @param templateId  the template
 * @param version     the version this event publishes, from 1
 * @param name        the template's name
 * @param area        QUALITY, INTERNAL_CONTROL, HSE, HR or OTHER
 * @param description longer text, or null
 * @param categories  categories, each with checkpoints, each with questions, in their order
 * @param change      CREATED or REVISED
 * @param changedBy   who wrote the version
 * @param changedAt   when (UTC)
 */
public record ChecklistTemplateChanged(
        UUID templateId,
        int version,
        String name,
        String area,
        String description,
        List<Category> categories,
        String change,
        String changedBy,
        Instant changedAt) implements IntegrationEvent {

    public static final String TYPE = "no.virksomhetsplan.checklists.template-changed.v1";

    /** A category (e.g. "Brannvern") with its checkpoints. */
    public record Category(String title, List<Checkpoint> checkpoints) {
    }

    /** A checkpoint (kontrollpunkt) with its questions. */
    public record Checkpoint(String title, List<Question> questions) {
    }

    /**
     * @param questionId stable across versions while the question is kept
     * @param type       TEXT, CHECKBOX, YES_NO (yes, no or not relevant with a reason) or NUMBER
     * @param required   a checklist cannot be submitted without an answer to it
     */
    public record Question(UUID questionId, String text, String type, boolean required) {
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return "template/" + templateId;
    }
}
