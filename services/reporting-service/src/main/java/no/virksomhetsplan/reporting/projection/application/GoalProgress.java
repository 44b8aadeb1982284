package no.virksomhetsplan.reporting.projection.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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

    public List<GoalView> of(String tenant, UUID unitId, Period period) {
        List<GoalView> goals = new ArrayList<>();
        for (Goal goal : plans.goalsOf(tenant, unitId, period.year())) {
            List<IndicatorProgress> progress = goal.indicators().stream()
                    .map(measure -> progress(tenant, unitId, period, measure)).toList();
            goals.add(new GoalView(goal.id(), goal.title(), goal.description(), goal.sourceName(),
                    GoalStatus.of(progress.stream().map(IndicatorProgress::light).toList()), progress));
        }
        return goals;
    }

    private IndicatorProgress progress(String tenant, UUID unitId, Period period, MeasureIndicator measure) {
        BigDecimal actual = null;
        if (measure.indicatorKey() != null) {
            IndicatorDefinition definition = indicators.byKey(tenant, measure.indicatorKey()).orElse(null);
            if (definition != null) {
                actual = indicators.valueFor(tenant, definition, unitId, period);
            }
        }
        return new IndicatorProgress(measure.indicatorId(), measure.name(), measure.unitOfMeasure(), measure.targetValue(),
                actual, measure.light(actual));
    }
}
