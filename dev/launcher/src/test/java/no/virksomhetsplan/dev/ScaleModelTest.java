package no.virksomhetsplan.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScaleModelTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    private final ScaleModel oslo = new ScaleModel(2027, ScaleModel.Size.OSLO, TODAY);

    @Test
    void the_oslo_size_is_the_one_the_benchmarks_name() {
        List<ScaleModel.PlannedAssignment> assignments = oslo.assignments();

        assertThat(oslo.units()).hasSize(1481);
        assertThat(assignments).hasSize(60_000);
        assertThat(assignments.stream().flatMap(a -> a.delegations().stream()).mapToInt(d -> d.tasks().size()).sum()).isEqualTo(300_000);
        assertThat(oslo.size().indicatorValues()).isEqualTo(50L * 1481 * 48).isBetween(3_500_000L, 3_700_000L);
    }

    @Test
    void the_same_seed_gives_the_same_municipality_and_another_seed_another() {
        ScaleModel again = new ScaleModel(2027, ScaleModel.Size.OSLO.scaled(0.01), TODAY);
        ScaleModel small = new ScaleModel(2027, ScaleModel.Size.OSLO.scaled(0.01), TODAY);
        ScaleModel other = new ScaleModel(2028, ScaleModel.Size.OSLO.scaled(0.01), TODAY);

        assertThat(again.orgTreeCsv()).isEqualTo(small.orgTreeCsv());
        assertThat(again.assignments()).isEqualTo(small.assignments());
        assertThat(other.assignments()).isNotEqualTo(small.assignments());
        assertThat(small.value("skala-01", "1-2-3", YearMonth.of(2026, 5))).isEqualTo(again.value("skala-01", "1-2-3", YearMonth.of(2026, 5)));
    }

    @Test
    void every_delegation_goes_to_a_unit_directly_below_and_no_deadline_passes_the_one_above() {
        Map<String, String> parents = oslo.units().stream().filter(u -> u.parentCode() != null)
                .collect(Collectors.toMap(ScaleModel.Unit::code, ScaleModel.Unit::parentCode));
        Map<String, String> leaders = oslo.units().stream().collect(Collectors.toMap(ScaleModel.Unit::code, ScaleModel.Unit::leader));

        for (ScaleModel.PlannedAssignment assignment : oslo.assignments().subList(0, 5_000)) {
            assertThat(assignment.delegations()).isNotEmpty();
            assertThat(assignment.responsible()).isEqualTo(leaders.get(assignment.unitCode()));
            for (ScaleModel.PlannedDelegation delegation : assignment.delegations()) {
                assertThat(parents.get(delegation.unitCode())).isEqualTo(assignment.unitCode());
                assertThat(delegation.deadline()).isBeforeOrEqualTo(assignment.deadline());
                for (ScaleModel.PlannedTask task : delegation.tasks()) {
                    assertThat(task.deadline()).isBeforeOrEqualTo(delegation.deadline());
                    assertThat(task.responsible()).isEqualTo(leaders.get(delegation.unitCode()));
                }
            }
        }
    }

    @Test
    void some_deadlines_are_past_and_task_statuses_are_mixed() {
        List<ScaleModel.PlannedTask> tasks = oslo.assignments().stream().flatMap(a -> a.delegations().stream())
                .flatMap(d -> d.tasks().stream()).toList();
        long past = tasks.stream().filter(t -> t.deadline().isBefore(TODAY)).count();
        Map<String, Long> byStatus = tasks.stream().collect(Collectors.groupingBy(ScaleModel.PlannedTask::status, Collectors.counting()));

        assertThat(past).isBetween(tasks.size() / 50L, tasks.size() / 4L);
        assertThat(byStatus.keySet()).isEqualTo(Set.of("NOT_STARTED", "IN_PROGRESS", "DONE", "DELAYED"));
        assertThat(byStatus.get("NOT_STARTED")).isBetween(130_000L, 140_000L);
    }

    @Test
    void the_org_tree_is_a_valid_import_file_and_values_fit_the_indicators_range() {
        List<OrgUnitCsv.OrgUnit> parsed = OrgUnitCsv.parse(oslo.orgTreeCsv().lines().toList());

        assertThat(parsed).hasSize(1481);
        assertThat(parsed.stream().filter(OrgUnitCsv.OrgUnit::isTop)).hasSize(1);
        assertThat(oslo.months(YearMonth.of(2027, 2))).hasSize(48).startsWith(YearMonth.of(2023, 3)).endsWith(YearMonth.of(2027, 2));
        for (String key : oslo.indicatorKeys()) {
            assertThat(oslo.value(key, "1", YearMonth.of(2026, 1)).intValue()).isBetween(0, 999);
        }
    }

    @Test
    void options_are_checked() {
        assertThat(ScaleLoad.Options.parse(List.of("--share", "0.1", "--steps", "assignments"), Map.of()).steps())
                .containsExactly("assignments");
        assertThat(ScaleLoad.Options.parse(List.of(), Map.of()).steps())
                .containsExactlyInAnyOrder("org", "assignments", "indicators", "checklists");
        assertThat(ScaleLoad.Options.parse(List.of("--steps", "checklists"), Map.of()).steps()).containsExactly("checklists");
        assertThatThrownBy(() -> ScaleLoad.Options.parse(List.of("--share", "2"), Map.of())).hasMessageContaining("--share");
        assertThatThrownBy(() -> ScaleLoad.Options.parse(List.of("--colour", "red"), Map.of())).hasMessageContaining("--colour");
        assertThatThrownBy(() -> ScaleLoad.Options.parse(List.of("--steps", "everything"), Map.of())).hasMessageContaining("--steps");
    }
}
