package no.virksomhetsplan.plans.goal.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.plans.goal.domain.Goal;
import no.virksomhetsplan.plans.goal.domain.MeasureIndicator;

/** A goal as the API shows it, with its source and measure indicators; {@code version} is what an edit must name. */
record GoalResponse(UUID id, UUID parentId, UUID ownerUnitId, String title, String description, SourceResponse source,
        int fromYear, int toYear, List<IndicatorResponse> indicators, long version) {

    record SourceResponse(String kind, String name, String caseNumber, LocalDate date) {
    }

    record IndicatorResponse(UUID id, String name, String unitOfMeasure, BigDecimal targetValue, String direction,
            BigDecimal yellowLimit, String indicatorKey) {

        static IndicatorResponse of(MeasureIndicator indicator) {
            return new IndicatorResponse(indicator.id().value(), indicator.name(), indicator.unitOfMeasure(),
                    indicator.targetValue(), indicator.direction().name(), indicator.yellowLimit(), indicator.indicatorKey());
        }
    }

    static GoalResponse of(Goal goal) {
        return new GoalResponse(goal.id().value(), goal.parentId() == null ? null : goal.parentId().value(),
                goal.ownerUnitId().value(), goal.title(), goal.description(),
                new SourceResponse(goal.source().kind().name(), goal.source().name(), goal.source().caseNumber(), goal.source().date()),
                goal.years().fromYear(), goal.years().toYear(), goal.indicators().stream().map(IndicatorResponse::of).toList(),
                goal.version());
    }
}
