package no.virksomhetsplan.assignments.deadline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.assignments.assignment.domain.Actor;
import no.virksomhetsplan.assignments.assignment.domain.Assignee;
import no.virksomhetsplan.assignments.assignment.domain.Assignment;
import no.virksomhetsplan.assignments.assignment.domain.AssignmentSource;
import no.virksomhetsplan.assignments.assignment.domain.WorkItem;
import no.virksomhetsplan.assignments.settings.domain.ReminderRules;
import no.virksomhetsplan.platform.orgtree.OrgUnit;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;
import org.junit.jupiter.api.Test;

class DeadlineRulesTest {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final OrgUnitId kommuneId = new OrgUnitId(UUID.randomUUID());
    private final OrgUnitId skoleId = new OrgUnitId(UUID.randomUUID());
    private final OrgUnit kommune = new OrgUnit(kommuneId, null, "Fjordvik kommune", List.of(kommuneId), "kari.dir");
    private final OrgUnit skole = new OrgUnit(skoleId, kommuneId, "Nordskogen skole", List.of(kommuneId, skoleId), "per.berg");
    private final ReminderRules rules = ReminderRules.DEFAULT;

    @Test
    void anItemOfAMonthOrMoreIsRemindedTwentyEightDaysAheadAShorterOneSeven() {
        WorkItem long_ = item(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 1), "ola.hansen").root();
        WorkItem short_ = item(LocalDate.of(2027, 2, 10), LocalDate.of(2027, 3, 1), "ola.hansen").root();

        assertThat(long_.runsAMonthOrMore()).isTrue();
        assertThat(short_.runsAMonthOrMore()).isFalse();
        assertThat(due(long_, LocalDate.of(2027, 1, 31))).isEmpty();
        assertThat(due(long_, LocalDate.of(2027, 2, 1))).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DeadlineRules.NoticeKind.REMINDER);
            assertThat(d.daysBefore()).isEqualTo(28);
        });
        assertThat(due(short_, LocalDate.of(2027, 2, 21))).isEmpty();
        assertThat(due(short_, LocalDate.of(2027, 2, 22))).singleElement().satisfies(d -> assertThat(d.daysBefore()).isEqualTo(7));
        assertThat(due(short_, LocalDate.of(2027, 3, 2))).as("too late for a reminder; the overdue job takes over").isEmpty();
    }

    @Test
    void aReminderGoesOutOnceAndAMunicipalitysOwnRulesApply() {
        Assignment assignment = item(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 1), "ola.hansen");
        assignment.markReminded(assignment.id(), Actor.system(Instant.parse("2027-02-01T05:00:00Z")));

        assertThat(DeadlineRules.due(assignment, rules, LocalDate.of(2027, 2, 2))).isEmpty();
        Assignment other = item(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 1), "ola.hansen");
        assertThat(DeadlineRules.due(other, new ReminderRules(14, 3, true, 7), LocalDate.of(2027, 2, 14))).isEmpty();
        assertThat(DeadlineRules.due(other, new ReminderRules(14, 3, true, 7), LocalDate.of(2027, 2, 15))).hasSize(1);
    }

    @Test
    void anOverdueItemIsEscalatedAfterTheRulesDaysToTheLeaderAboveItsResponsible() {
        Assignment assignment = item(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 1), "per.berg");
        assignment.markOverdue(Actor.system(Instant.parse("2027-03-02T05:00:00Z")));

        assertThat(DeadlineRules.due(assignment, rules, LocalDate.of(2027, 3, 7))).isEmpty();
        assertThat(DeadlineRules.due(assignment, rules, LocalDate.of(2027, 3, 8))).singleElement()
                .satisfies(d -> assertThat(d.kind()).isEqualTo(DeadlineRules.NoticeKind.ESCALATION));
        WorkItem item = assignment.root();
        assertThat(DeadlineRules.superiorOf(item, List.of(skole, kommune))).as("the rektor is responsible: the level above hears")
                .hasValue("kari.dir");
        WorkItem olas = item(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 1), "ola.hansen").root();
        assertThat(DeadlineRules.superiorOf(olas, List.of(skole, kommune))).hasValue("per.berg");

        assignment.markEscalated(assignment.id(), Actor.system(Instant.parse("2027-03-08T05:00:00Z")));
        assertThat(DeadlineRules.due(assignment, rules, LocalDate.of(2027, 3, 9))).isEmpty();
    }

    @Test
    void anItemWithoutAnOwnerRemindsItsUnitsLeader() {
        WorkItem ownerless = item(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 1), null).root();

        assertThat(DeadlineRules.reminded(ownerless, skole)).hasValue("per.berg");
        assertThat(DeadlineRules.reminded(item(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 1), "ola.hansen").root(), skole))
                .hasValue("ola.hansen");
    }

    private List<DeadlineRules.Due> due(WorkItem root, LocalDate today) {
        return DeadlineRules.due(Assignment.restore("fjordvik", new no.virksomhetsplan.assignments.assignment.domain.AssignmentDetails(
                "TILTAK", AssignmentSource.NONE, false), List.of(root)), rules, today);
    }

    /** An assignment of the school, created on {@code created}. */
    private Assignment item(LocalDate created, LocalDate deadline, String responsible) {
        Actor creator = new Actor("per.berg", created.atTime(9, 0).atZone(NORWAY).toInstant());
        return Assignment.create("fjordvik", new Assignment.Content("TILTAK", "Nye lekeapparater", null, AssignmentSource.NONE,
                false, deadline), skole, responsible == null ? null : new Assignee(responsible, skole), creator).assignment();
    }
}
