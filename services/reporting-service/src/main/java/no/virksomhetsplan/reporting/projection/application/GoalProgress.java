package no.virksomhetsplan.reporting.projection.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import no.virksomhetsplan.reporting.period.domain.Period;
import no.virksomhetsplan.reporting.projection.domain.Goal;
import no.virksomhetsplan.reporting.projection.domain.GoalStatus;
import no.virksomhetsplan.reporting.projection.domain.IndicatorDefinition;
import no.virksomhetsplan.reporting.projection.domain.MeasureIndicator;
import no.virksomhetsplan.reporting.projection.persistence.JdbcIndicators;
import no.virksomhetsplan.reporting.projection.persistence.JdbcPlans;
import org.springframework.stereotype.Component;

/**
 * A unit's goals for a period with each measure indicator against its target: the actual value is the unit's value
 * of the indicator the measure names (by key) for the period, its light by the goal contract's rule, and the goal's
 * status the worst light among them.
 */
@Component
public class GoalProgress {

    public record IndicatorProgress(UUID id, String name, String unitOfMeasure, BigDecimal target, BigDecimal actual,
            String light) {
    }

    public record GoalView(UUID id, String title, String description, String source, String status,
            List<IndicatorProgress> indicators) {
    }

    private final JdbcPlans plans;
    private final JdbcIndicators indicators;

    GoalProgress(JdbcPlans plans, JdbcIndicators indicators) {
        this.plans = plans;
        this.indicators = indicators;
    }

    /** Two queries for the indicators whatever the number of goals: their definitions by key, then their values. */
    public List<GoalView> of(String tenant, UUID unitId, Period period) {
        List<Goal> unitGoals = plans.goalsOf(tenant, unitId, period.year());
        Set<String> keys = new HashSet<>();
        unitGoals.forEach(goal -> goal.indicators().stream().map(MeasureIndicator::indicatorKey).filter(Objects::nonNull)
                .forEach(keys::add));
        Map<String, IndicatorDefinition> definitions = indicators.byKeys(tenant, keys);
        Map<UUID, BigDecimal> values = indicators.valuesFor(tenant, definitions.values(), unitId, period);
        List<GoalView> goals = new ArrayList<>();
        for (Goal goal : unitGoals) {
            List<IndicatorProgress> progress = goal.indicators().stream()
                    .map(measure -> progress(measure, definitions, values)).toList();
            goals.add(new GoalView(goal.id(), goal.title(), goal.description(), goal.sourceName(),
                    GoalStatus.of(progress.stream().map(IndicatorProgress::light).toList()), progress));
        }
        return goals;
    }

    private static IndicatorProgress progress(MeasureIndicator measure, Map<String, IndicatorDefinition> definitions,
            Map<UUID, BigDecimal> values) {
        IndicatorDefinition definition = measure.indicatorKey() == null ? null : definitions.get(measure.indicatorKey());
        BigDecimal actual = definition == null ? null : values.get(definition.id());
        return new IndicatorProgress(measure.indicatorId(), measure.name(), measure.unitOfMeasure(), measure.targetValue(),
                actual, measure.light(actual));
    }
}
