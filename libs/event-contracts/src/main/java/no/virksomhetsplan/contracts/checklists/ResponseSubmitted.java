package no.virksomhetsplan.contracts.checklists;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * A unit's checklist was submitted; its answers are final. Carries the current answer to every answered question.
 * Published on {@link no.virksomhetsplan.contracts.Topics#CHECKLISTS}, keyed by the response.
 */
public record ResponseSubmitted(
        UUID responseId,
        UUID distributionId,
        UUID unitId,
        List<AnswerData> answers,
        String submittedBy,
        Instant submittedAt,
        long version) implements IntegrationEvent {

    public static final String TYPE = "no.virksomhetsplan.checklists.response-submitted.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return "response/" + responseId;
    }
}
