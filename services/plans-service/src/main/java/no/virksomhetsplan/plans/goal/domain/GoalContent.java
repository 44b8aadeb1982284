package no.virksomhetsplan.plans.goal.domain;

import java.util.List;

/**
 * What someone writes when creating or editing a goal.
 *
 * @param parentId the goal this one contributes to, or null for a goal at the top of a hierarchy
 */
public record GoalContent(
        GoalId parentId,
        String title,
        String description,
        GoalSource source,
        YearSpan years,
        List<IndicatorDraft> indicators) {

    public GoalContent {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
