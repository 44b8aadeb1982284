package no.virksomhetsplan.contracts.plans;

import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * A goal was created. Published on {@link no.virksomhetsplan.contracts.Topics#PLANS}.
 *
 * @param goalId      the goal
 * @param parentId    the goal it contributes to (e.g. a HØP goal under a kommuneplan goal), or null
 * @param ownerUnitId the org unit whose leader sets and edits the goal
 * @param title       e.g. "Gode oppvekstvilkår"
 * @param description longer text, or null
 * @param source      the plan or decision the goal comes from
 * @param fromYear    the first plan year the goal covers
 * @param toYear      the last plan year the goal covers
 * @param indicators  all of the goal's measure indicators
 * @param version     the goal's version after this change; replicas ignore older versions
 */
public record GoalCreated(
        UUID goalId,
        UUID parentId,
        UUID ownerUnitId,
        String title,
        String description,
        GoalSourceData source,
        int fromYear,
        int toYear,
        List<MeasureIndicatorData> indicators,
        long version) implements IntegrationEvent {

    public static final String TYPE = "no.virksomhetsplan.plans.goal-created.v1";

    public GoalCreated {
        indicators = List.copyOf(indicators);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return "goal/" + goalId;
    }
}
