package no.virksomhetsplan.contracts.checklists;

import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * Answers were saved to a unit's checklist, still a draft. Every answer is kept: these are new answers, the earlier
 * ones stay in the history. Published on {@link no.virksomhetsplan.contracts.Topics#CHECKLISTS}, keyed by the response.
 *
 * @param version the response's version after this change
 */
public record AnswersSaved(UUID responseId, UUID distributionId, UUID unitId, List<AnswerData> answers, long version)
        implements IntegrationEvent {

    public static final String TYPE = "no.virksomhetsplan.checklists.answers-saved.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return "response/" + responseId;
    }
}
