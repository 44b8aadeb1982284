package no.virksomhetsplan.assignments.assignment.domain;

import static no.virksomhetsplan.assignments.assignment.domain.Status.CANCELLED;
import static no.virksomhetsplan.assignments.assignment.domain.Status.DELAYED;
import static no.virksomhetsplan.assignments.assignment.domain.Status.DONE;
import static no.virksomhetsplan.assignments.assignment.domain.Status.IN_PROGRESS;
import static no.virksomhetsplan.assignments.assignment.domain.Status.NOT_STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The roll-up rules of docs/adr/0014, case by case. */
class RollUpTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "NOT_STARTED,                   NOT_STARTED",
            "NOT_STARTED NOT_STARTED,       NOT_STARTED",
            "NOT_STARTED IN_PROGRESS,       IN_PROGRESS",
            "NOT_STARTED DONE,              IN_PROGRESS",
            "IN_PROGRESS DONE,              IN_PROGRESS",
            "DONE DONE,                     DONE",
            "DONE,                          DONE",
            "DONE DELAYED,                  DELAYED",
            "NOT_STARTED IN_PROGRESS DELAYED, DELAYED"})
    void aStatusFollowsFromItsParts(String parts, Status expected) {
        List<Status> statuses = java.util.Arrays.stream(parts.trim().split(" +")).map(Status::valueOf).toList();

        assertThat(RollUp.status(statuses)).isEqualTo(expected);
    }

    @Test
    void cancelledPartsAreLeftOutBeforeRollingUp() {
        assertThatThrownBy(() -> RollUp.status(List.of(DONE, CANCELLED))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RollUp.status(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(RollUp.status(List.of(IN_PROGRESS))).isEqualTo(IN_PROGRESS);
        assertThat(RollUp.status(List.of(DELAYED))).isEqualTo(DELAYED);
        assertThat(RollUp.status(List.of(NOT_STARTED, NOT_STARTED))).isEqualTo(NOT_STARTED);
    }

    @Test
    void theLightIsTheWorstOfTheParts() {
        assertThat(RollUp.light(List.of(TrafficLight.GREEN, TrafficLight.GREEN))).isEqualTo(TrafficLight.GREEN);
        assertThat(RollUp.light(List.of(TrafficLight.GREEN, TrafficLight.YELLOW))).isEqualTo(TrafficLight.YELLOW);
        assertThat(RollUp.light(List.of(TrafficLight.RED, TrafficLight.YELLOW, TrafficLight.GREEN))).isEqualTo(TrafficLight.RED);
    }
}
