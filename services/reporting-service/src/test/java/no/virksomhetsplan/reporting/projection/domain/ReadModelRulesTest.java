package no.virksomhetsplan.reporting.projection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReadModelRulesTest {

    private final UUID school = UUID.randomUUID();

    @Test
    void aStatusChangeMovesTheItemFromOneCounterToAnotherInItsMonthAndYear() {
        LocalDate may = LocalDate.of(2027, 5, 31);
        var deltas = CounterDeltas.of(new ItemState("TASK", school, may, "NOT_STARTED", null, 1),
                new ItemState("TASK", school, may, "IN_PROGRESS", null, 2));
        assertThat(deltas).containsOnly(
                Map.entry(new CounterKey(school, 2027, 5, "TASK", "NOT_STARTED"), -1L),
                Map.entry(new CounterKey(school, 2027, 5, "TASK", "IN_PROGRESS"), 1L),
                Map.entry(new CounterKey(school, 2027, 0, "TASK", "NOT_STARTED"), -1L),
                Map.entry(new CounterKey(school, 2027, 0, "TASK", "IN_PROGRESS"), 1L));
    }

    @Test
    void anOverdueItemThatIsDoneIsNoLongerOverdue() {
        LocalDate march = LocalDate.of(2027, 3, 31);
        var deltas = CounterDeltas.of(new ItemState("DELEGATION", school, march, "DELAYED", march, 4),
                new ItemState("DELEGATION", school, march, "DONE", march, 5));
        assertThat(deltas).containsEntry(new CounterKey(school, 2027, 3, "DELEGATION", "OVERDUE"), -1L)
                .containsEntry(new CounterKey(school, 2027, 3, "DELEGATION", "DONE"), 1L);
    }

    @Test
    void aMovedDeadlineMovesTheCountToTheNewMonth() {
        var deltas = CounterDeltas.of(new ItemState("TASK", school, LocalDate.of(2027, 3, 1), "IN_PROGRESS", null, 1),
                new ItemState("TASK", school, LocalDate.of(2027, 9, 1), "IN_PROGRESS", null, 2));
        assertThat(deltas).containsOnly(
                Map.entry(new CounterKey(school, 2027, 3, "TASK", "IN_PROGRESS"), -1L),
                Map.entry(new CounterKey(school, 2027, 9, "TASK", "IN_PROGRESS"), 1L));
    }

    @Test
    void theLightOfAnIndicatorFollowsItsTargetDirectionAndYellowLimit() {
        MeasureIndicator higher = new MeasureIndicator(UUID.randomUUID(), "Trivsel", "%", new BigDecimal("90"),
                "HIGHER_IS_BETTER", new BigDecimal("85"), null);
        assertThat(higher.light(new BigDecimal("90"))).isEqualTo("GREEN");
        assertThat(higher.light(new BigDecimal("85"))).isEqualTo("YELLOW");
        assertThat(higher.light(new BigDecimal("84.9"))).isEqualTo("RED");
        assertThat(higher.light(null)).isNull();
        MeasureIndicator lower = new MeasureIndicator(UUID.randomUUID(), "Sykefravær", "%", new BigDecimal("6"),
                "LOWER_IS_BETTER", null, null);
        assertThat(lower.light(new BigDecimal("5.5"))).isEqualTo("GREEN");
        assertThat(lower.light(new BigDecimal("6.1"))).as("no yellow without a limit").isEqualTo("RED");
    }

    @Test
    void aGoalIsAsGoodAsItsWorstMeasuredIndicator() {
        assertThat(GoalStatus.of(java.util.Arrays.asList("GREEN", null, "YELLOW"))).isEqualTo("YELLOW");
        assertThat(GoalStatus.of(List.of("GREEN", "RED"))).isEqualTo("RED");
        assertThat(GoalStatus.of(java.util.Arrays.asList((String) null))).isEqualTo(GoalStatus.NOT_MEASURED);
    }

    @Test
    void monthlyValuesAddUpAsTheDefinitionSays() {
        List<BigDecimal> months = List.of(new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("40"));
        assertThat(Aggregation.of("SUM", months)).isEqualByComparingTo("70");
        assertThat(Aggregation.of("AVERAGE", months)).isEqualByComparingTo("23.3333");
        assertThat(Aggregation.of("LAST", months)).isEqualByComparingTo("40");
        assertThat(Aggregation.of("SUM", List.of())).isNull();
    }
}
