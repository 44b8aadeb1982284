package no.virksomhetsplan.checklists.overview.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What one change adds to the overview's counters, per unit: the counters of the unit's own checklists. The unit's
 * ancestors' subtree counters get the same delta when they are written.
 */
public final class CounterDeltas {

    public record ResponseKey(UUID distributionId, UUID unitId, ResponseMeasure measure) {
    }

    public record QuestionKey(UUID distributionId, UUID unitId, UUID questionId, QuestionMeasure measure) {
    }

    private final Map<ResponseKey, Long> responses = new HashMap<>();
    private final Map<QuestionKey, Long> questions = new HashMap<>();

    public CounterDeltas add(UUID distributionId, UUID unitId, ResponseMeasure measure, long delta) {
        responses.merge(new ResponseKey(distributionId, unitId, measure), delta, Long::sum);
        return this;
    }

    public CounterDeltas add(UUID distributionId, UUID unitId, UUID questionId, QuestionMeasure measure, long delta) {
        questions.merge(new QuestionKey(distributionId, unitId, questionId, measure), delta, Long::sum);
        return this;
    }

    public Map<ResponseKey, Long> responses() {
        return Map.copyOf(responses);
    }

    public Map<QuestionKey, Long> questions() {
        return Map.copyOf(questions);
    }

    public boolean isEmpty() {
        return responses.values().stream().allMatch(d -> d == 0) && questions.values().stream().allMatch(d -> d == 0);
    }
}
