package no.virksomhetsplan.assignments.assignment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.platform.orgtree.OrgUnit;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;
import org.junit.jupiter.api.Test;

class StatusCountsTest {

    private final OrgUnitId unitId = new OrgUnitId(UUID.randomUUID());
    private final OrgUnit unit = new OrgUnit(unitId, null, "Nordskogen skole", List.of(unitId), null);
    private final Actor kari = new Actor("kari.dir", Instant.parse("2027-01-15T09:00:00Z"));

    @Test
    void anItemCountsUnderItsStatusInItsUnitAndDeadlineYearAndWhenOpenAlsoAsOverdueOrOwnerless() {
        WorkItem created = Assignment.create("fjordvik", content(LocalDate.of(2027, 2, 1)), unit, null, kari).assignment().root();

        assertThat(StatusCounts.contribution(created)).containsOnly(
                Map.entry(new CounterKey(unitId, 2027, ItemKind.ASSIGNMENT, "NOT_STARTED"), 1L),
                Map.entry(new CounterKey(unitId, 2027, ItemKind.ASSIGNMENT, StatusCounts.OWNERLESS), 1L));
    }

    @Test
    void aChangeMovesItsCountFromTheOldStateToTheNewAndAnOperationAddsUpItsItems() {
        Assignment assignment = Assignment.create("fjordvik", content(LocalDate.of(2027, 2, 1)), unit,
                new Assignee("kari.dir", unit), kari).assignment();

        Changes overdue = assignment.markOverdue(Actor.system(Instant.parse("2027-02-03T03:00:00Z")));
        assertThat(StatusCounts.delta(overdue)).containsOnly(
                Map.entry(new CounterKey(unitId, 2027, ItemKind.ASSIGNMENT, StatusCounts.OVERDUE), 1L));

        Changes done = assignment.changeStatus(assignment.id(), 2, Status.DONE, null, null, null, kari);
        assertThat(StatusCounts.delta(done)).containsOnly(
                Map.entry(new CounterKey(unitId, 2027, ItemKind.ASSIGNMENT, "NOT_STARTED"), -1L),
                Map.entry(new CounterKey(unitId, 2027, ItemKind.ASSIGNMENT, "DONE"), 1L),
                Map.entry(new CounterKey(unitId, 2027, ItemKind.ASSIGNMENT, StatusCounts.OVERDUE), -1L));

        Changes left = assignment.responsibleLeft("kari.dir", true);
        assertThat(StatusCounts.delta(left)).as("a closed item is nobody's worry").isEmpty();
    }

    private static Assignment.Content content(LocalDate deadline) {
        return new Assignment.Content("TILTAK", "Nytt lekeapparat", null, AssignmentSource.NONE, false, deadline);
    }
}
