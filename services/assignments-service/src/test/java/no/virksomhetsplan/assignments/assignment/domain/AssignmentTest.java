package no.virksomhetsplan.assignments.assignment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.contracts.assignments.AssignmentChanged;
import no.virksomhetsplan.contracts.assignments.DelegationChanged;
import no.virksomhetsplan.contracts.assignments.TaskChanged;
import no.virksomhetsplan.platform.domain.ConflictException;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import no.virksomhetsplan.platform.orgtree.OrgUnit;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;
import org.junit.jupiter.api.Test;

class AssignmentTest {

    private static final Instant MARCH_1 = Instant.parse("2027-03-01T09:00:00Z");

    private final OrgUnit kommune = unit("Fjordvik kommune", null);
    private final OrgUnit oppvekst = unit("Oppvekst og kultur", kommune);
    private final OrgUnit nordskogen = unit("Nordskogen skole", oppvekst);
    private final OrgUnit sjobakken = unit("Sjøbakken skole", oppvekst);
    private final OrgUnit helse = unit("Helse og velferd", kommune);

    private final Assignee kommunedirektor = new Assignee("kari.dir", kommune);
    private final Assignee rektorNordskogen = new Assignee("per.berg", nordskogen);
    private final Assignee rektorSjobakken = new Assignee("lise.lund", sjobakken);
    private final Assignee ola = new Assignee("ola.hansen", nordskogen);
    private final Assignee anne = new Assignee("anne.dahl", nordskogen);
    private final Assignee sykepleier = new Assignee("siv.sjo", helse);

    private final Actor kari = new Actor("kari.dir", MARCH_1);

    @Test
    void aVerbalvedtakBecomesAnAssignmentThatKeepsItsDecision() {
        Changes created = Assignment.create("fjordvik", sommerskole(), kommune, kommunedirektor, kari);

        WorkItem root = created.assignment().root();
        assertThat(root.kind()).isEqualTo(ItemKind.ASSIGNMENT);
        assertThat(root.version()).isEqualTo(1);
        assertThat(root.status()).isEqualTo(Status.NOT_STARTED);
        assertThat(root.light()).isEqualTo(TrafficLight.GREEN);
        assertThat(created.assignment().details().source().caseNumber()).isEqualTo("PS 112/26");
        assertThat(created.events()).singleElement().isInstanceOfSatisfying(AssignmentChanged.class, event -> {
            assertThat(event.assignmentId()).isEqualTo(root.id().value());
            assertThat(event.type()).isEqualTo("VERBALVEDTAK");
            assertThat(event.source().kind()).isEqualTo("COUNCIL_DECISION");
            assertThat(event.source().body()).isEqualTo("Kommunestyret");
            assertThat(event.source().decisionDate()).isEqualTo(LocalDate.of(2026, 12, 14));
            assertThat(event.source().decisionText()).startsWith("Kommunestyret ber");
            assertThat(event.change()).isEqualTo("CREATED");
            assertThat(event.changedBy()).isEqualTo("kari.dir");
            assertThat(event.includeInMonthlyReport()).isTrue();
            assertThat(event.version()).isEqualTo(1);
            assertThat(event.subject()).isEqualTo("assignment/" + root.id());
        });
    }

    @Test
    void everySourceNamesWhatItsKindNeedsAndNothingElse() {
        assertThatThrownBy(() -> new AssignmentSource(SourceKind.COUNCIL_DECISION, null, "Kommunestyret", "PS 112/26", null,
                "Tekst", null)).isInstanceOf(RuleViolationException.class).hasMessageContaining("date of the decision");
        assertThatThrownBy(() -> new AssignmentSource(SourceKind.GOAL, null, null, null, null, null, null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("goal");
        assertThatThrownBy(() -> new AssignmentSource(SourceKind.ECONOMY_PLAN_MEASURE, null, null, null, null, null, " "))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("measure");
        assertThatThrownBy(() -> new AssignmentSource(null, null, null, null, null, null, null))
                .isInstanceOf(RuleViolationException.class);

        UUID goal = UUID.randomUUID();
        AssignmentSource fromGoal = new AssignmentSource(SourceKind.GOAL, goal, "Kommunestyret", null, null, null, "tiltak");
        assertThat(fromGoal.goalId()).isEqualTo(goal);
        assertThat(fromGoal.body()).isNull();
        assertThat(fromGoal.measure()).isNull();
        assertThat(new AssignmentSource(SourceKind.NONE, goal, null, null, null, null, null)).isEqualTo(AssignmentSource.NONE);
    }

    @Test
    void anAssignmentIsDelegatedToUnitsInTheOwningUnitsSubtreeEachWithItsOwnDeadlineAndResponsible() {
        Assignment assignment = anAssignment();

        Changes delegated = assignment.delegate(assignment.id(), List.of(
                new Assignment.NewDelegation(nordskogen, rektorNordskogen, date("2027-05-31"), "Gjelder 1.–4. trinn."),
                new Assignment.NewDelegation(sjobakken, null, date("2027-05-15"), null)), kari);

        List<WorkItem> delegations = assignment.parts(assignment.id());
        assertThat(delegations).extracting(WorkItem::unitId).containsExactly(nordskogen.id(), sjobakken.id());
        assertThat(delegations).extracting(WorkItem::fromUnitId).containsOnly(kommune.id());
        assertThat(delegations.get(0).responsible()).isEqualTo("per.berg");
        assertThat(delegations.get(1).isOwnerless()).as("nobody responsible yet").isTrue();
        assertThat(delegated.events()).hasSize(2).allSatisfy(event -> assertThat(event).isInstanceOf(DelegationChanged.class));
        DelegationChanged first = (DelegationChanged) delegated.events().get(0);
        assertThat(first.parentDelegationId()).isNull();
        assertThat(first.fromUnitId()).isEqualTo(kommune.id().value());
        assertThat(first.deadline()).isEqualTo(date("2027-05-31"));
        assertThat(first.subject()).as("keyed by the assignment").isEqualTo("assignment/" + assignment.id());
        assertThat(assignment.root().version()).as("delegating changes nothing of the assignment yet").isEqualTo(1);
    }

    @Test
    void delegationStaysInsideTheSubtreeAndInsideTheDeadlineAbove() {
        Assignment assignment = Assignment.create("fjordvik", sommerskole(), oppvekst, null, kari).assignment();

        assertThatThrownBy(() -> assignment.delegate(assignment.id(),
                List.of(new Assignment.NewDelegation(helse, null, date("2027-05-31"), null)), kari))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Helse og velferd");
        assertThatThrownBy(() -> assignment.delegate(assignment.id(),
                List.of(new Assignment.NewDelegation(nordskogen, null, date("2027-06-16"), null)), kari))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("after the deadline of the assignment");
        assertThatThrownBy(() -> assignment.delegate(assignment.id(), List.of(
                new Assignment.NewDelegation(nordskogen, null, date("2027-05-31"), null),
                new Assignment.NewDelegation(nordskogen, null, date("2027-05-30"), null)), kari))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already delegated");
        assertThatThrownBy(() -> assignment.delegate(assignment.id(),
                List.of(new Assignment.NewDelegation(nordskogen, rektorSjobakken, date("2027-05-31"), null)), kari))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("lise.lund belongs to Sjøbakken skole");
        assertThat(assignment.items()).as("nothing of a refused delegation stays").hasSize(1);

        assignment.delegate(assignment.id(), List.of(new Assignment.NewDelegation(oppvekst, null, date("2027-06-15"), null)), kari);
        assertThat(assignment.parts(assignment.id())).as("a unit may take its own assignment itself").hasSize(1);
    }

    @Test
    void aRecipientDelegatesFurtherOnlyBelowItsOwnUnitAndTheChainIsKept() {
        Assignment assignment = anAssignment();
        assignment.delegate(assignment.id(), List.of(new Assignment.NewDelegation(oppvekst, null, date("2027-06-01"), null)), kari);
        WorkItem toOppvekst = assignment.parts(assignment.id()).get(0);
        Actor sectorHead = new Actor("ellen.sektor", MARCH_1);

        assertThatThrownBy(() -> assignment.delegate(toOppvekst.id(),
                List.of(new Assignment.NewDelegation(oppvekst, null, date("2027-05-01"), null)), sectorHead))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("below the unit the delegation went to");

        Changes further = assignment.delegate(toOppvekst.id(),
                List.of(new Assignment.NewDelegation(nordskogen, rektorNordskogen, date("2027-05-01"), null)), sectorHead);

        WorkItem toNordskogen = assignment.parts(toOppvekst.id()).get(0);
        assertThat(toNordskogen.fromUnitId()).isEqualTo(oppvekst.id());
        assertThat(assignment.chainAbove(toNordskogen.id())).extracting(WorkItem::id).containsExactly(assignment.id(), toOppvekst.id());
        assertThat(assignment.below(assignment.id())).extracting(WorkItem::id).containsExactly(toOppvekst.id(), toNordskogen.id());
        assertThat(((DelegationChanged) further.events().get(0)).parentDelegationId()).isEqualTo(toOppvekst.id().value());
    }

    @Test
    void tasksRollUpThroughTheDelegationToTheAssignment() {
        Assignment assignment = anAssignment();
        WorkItem delegation = delegateTo(assignment, nordskogen, rektorNordskogen);
        Actor per = new Actor("per.berg", MARCH_1);
        WorkItem skjema = task(assignment, delegation, "Lag påmeldingsskjema", ola, per);
        WorkItem avtaler = task(assignment, delegation, "Avtal lærere", anne, per);

        Changes started = assignment.changeStatus(skjema.id(), 1, Status.IN_PROGRESS, null, "Utkast klart.",
                date("2027-03-01"), new Actor("ola.hansen", MARCH_1));

        assertThat(kinds(started)).containsExactly("TASK:STATUS_CHANGED", "DELEGATION:ROLLED_UP", "ASSIGNMENT:ROLLED_UP");
        assertThat(status(assignment, delegation)).isEqualTo(Status.IN_PROGRESS);
        assertThat(assignment.root().status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(assignment.root().version()).isEqualTo(2);
        TaskChanged taskEvent = (TaskChanged) started.events().get(0);
        assertThat(taskEvent.statusNote().text()).isEqualTo("Utkast klart.");
        assertThat(taskEvent.statusNote().writtenBy()).isEqualTo("ola.hansen");
        assertThat(taskEvent.version()).isEqualTo(2);

        assignment.changeStatus(skjema.id(), 2, Status.DONE, null, null, null, new Actor("ola.hansen", MARCH_1));
        assertThat(status(assignment, delegation)).as("one of two done").isEqualTo(Status.IN_PROGRESS);
        Changes lastDone = assignment.changeStatus(avtaler.id(), 1, Status.DONE, null, null, null, new Actor("anne.dahl", MARCH_1));

        assertThat(status(assignment, delegation)).isEqualTo(Status.DONE);
        assertThat(assignment.root().status()).isEqualTo(Status.DONE);
        assertThat(assignment.item(avtaler.id()).orElseThrow().light()).as("done is green").isEqualTo(TrafficLight.GREEN);
        assertThat(kinds(lastDone)).containsExactly("TASK:STATUS_CHANGED", "DELEGATION:ROLLED_UP", "ASSIGNMENT:ROLLED_UP");

        assignment.changeStatus(avtaler.id(), 2, Status.DELAYED, TrafficLight.YELLOW, "Lærer sykmeldt.", null,
                new Actor("anne.dahl", MARCH_1));
        assertThat(assignment.root().status()).as("one delayed part delays the whole").isEqualTo(Status.DELAYED);
        assertThat(assignment.root().light()).isEqualTo(TrafficLight.YELLOW);
    }

    @Test
    void anItemWithOpenPartsTakesItsStatusFromThemButTakesComments() {
        Assignment assignment = anAssignment();
        WorkItem delegation = delegateTo(assignment, nordskogen, rektorNordskogen);
        task(assignment, delegation, "Lag påmeldingsskjema", ola, kari);

        assertThatThrownBy(() -> assignment.changeStatus(delegation.id(), 1, Status.DONE, null, null, null, kari))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("follow from");
        assertThatThrownBy(() -> assignment.changeStatus(assignment.id(), 1, Status.IN_PROGRESS, null, null, null, kari))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("follow from");

        Changes commented = assignment.changeStatus(delegation.id(), 1, null, null, "Vi starter etter vinterferien.",
                date("2027-02-27"), kari);
        assertThat(commented.changes()).singleElement().satisfies(change -> {
            assertThat(change.after().note().text()).isEqualTo("Vi starter etter vinterferien.");
            assertThat(change.after().note().date()).isEqualTo(date("2027-02-27"));
            assertThat(change.after().version()).isEqualTo(2);
        });
        assertThatThrownBy(() -> assignment.changeStatus(delegation.id(), 2, null, null, "Fra framtiden", date("2027-03-02"), kari))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("today or a day before");
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        Assignment assignment = anAssignment();
        WorkItem delegation = delegateTo(assignment, nordskogen, rektorNordskogen);
        assignment.changeStatus(delegation.id(), 1, Status.IN_PROGRESS, null, null, null, kari);

        assertThatThrownBy(() -> assignment.changeStatus(delegation.id(), 1, Status.DONE, null, null, null, kari))
                .isInstanceOf(ConflictException.class).hasMessageContaining("version 1").hasMessageContaining("version 2");
        assertThat(status(assignment, delegation)).isEqualTo(Status.IN_PROGRESS);
    }

    @Test
    void cancellingTakesEverythingOpenBelowAlongAndACancelledItemNeverChangesAgain() {
        Assignment assignment = anAssignment();
        WorkItem toNordskogen = delegateTo(assignment, nordskogen, rektorNordskogen);
        WorkItem toSjobakken = delegateTo(assignment, sjobakken, rektorSjobakken);
        WorkItem done = task(assignment, toNordskogen, "Lag påmeldingsskjema", ola, kari);
        WorkItem open = task(assignment, toNordskogen, "Avtal lærere", anne, kari);
        assignment.changeStatus(done.id(), 1, Status.DONE, null, null, null, kari);
        assignment.changeStatus(toSjobakken.id(), 1, Status.IN_PROGRESS, null, null, null, kari);

        Changes cancelled = assignment.cancel(toNordskogen.id(), assignment.item(toNordskogen.id()).orElseThrow().version(),
                "Skolen legges ned.", kari);

        assertThat(status(assignment, toNordskogen)).isEqualTo(Status.CANCELLED);
        assertThat(status(assignment, open)).isEqualTo(Status.CANCELLED);
        assertThat(status(assignment, done)).as("what is done stays done").isEqualTo(Status.DONE);
        assertThat(assignment.root().status()).as("the cancelled delegation no longer counts").isEqualTo(Status.IN_PROGRESS);
        assertThat(cancelled.changes()).filteredOn(change -> change.kind() == ChangeKind.CANCELLED)
                .extracting(ItemChange::comment).containsExactly("Skolen legges ned.", "Cancelled with the delegation above it.");
        WorkItem cancelledDelegation = assignment.item(toNordskogen.id()).orElseThrow();
        assertThatThrownBy(() -> assignment.changeStatus(open.id(), 2, Status.IN_PROGRESS, null, null, null, kari))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("cancelled");
        assertThatThrownBy(() -> assignment.addTask(toNordskogen.id(),
                new Assignment.NewTask("Ny", null, ola, date("2027-04-01")), kari))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("cancelled");
        assertThatThrownBy(() -> assignment.editPart(toNordskogen.id(), cancelledDelegation.version(), null, null, null,
                date("2027-04-01"), kari)).isInstanceOf(RuleViolationException.class).hasMessageContaining("cancelled");
        assertThatThrownBy(() -> assignment.cancel(done.id(), 2, null, kari))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("done");
    }

    @Test
    void aTaskIsForAPersonOfTheDelegationsUnitWithinItsDeadline() {
        Assignment assignment = anAssignment();
        WorkItem delegation = delegateTo(assignment, nordskogen, rektorNordskogen);

        assertThatThrownBy(() -> assignment.addTask(delegation.id(),
                new Assignment.NewTask("Skyss", null, sykepleier, date("2027-04-01")), kari))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("siv.sjo belongs to Helse og velferd");
        assertThatThrownBy(() -> assignment.addTask(delegation.id(),
                new Assignment.NewTask("Skyss", null, null, date("2027-04-01")), kari))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("responsible person");
        assertThatThrownBy(() -> assignment.addTask(delegation.id(),
                new Assignment.NewTask("Skyss", null, ola, date("2027-06-01")), kari))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("after the deadline of the delegation");
        assertThatThrownBy(() -> assignment.addTask(assignment.id(),
                new Assignment.NewTask("Skyss", null, ola, date("2027-04-01")), kari))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("added to a delegation");
    }

    @Test
    void aDeadlineCannotMoveBeforeTheDeadlinesBelowIt() {
        Assignment assignment = anAssignment();
        WorkItem delegation = delegateTo(assignment, nordskogen, rektorNordskogen);
        task(assignment, delegation, "Lag påmeldingsskjema", ola, kari);

        assertThatThrownBy(() -> assignment.editPart(delegation.id(), 1, null, null, rektorNordskogen, date("2027-03-15"), kari))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("after the new deadline");
        assertThatThrownBy(() -> assignment.revise(1, new Assignment.Content("VERBALVEDTAK", "Sommerskole", null,
                AssignmentSource.NONE, false, date("2027-05-01")), null, kari))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("after the new deadline");
    }

    @Test
    void overdueItemsAreRedAndMakeWhatIsAboveThemDelayedUntilTheirDeadlineMoves() {
        Assignment assignment = anAssignment();
        WorkItem delegation = delegateTo(assignment, nordskogen, rektorNordskogen);
        WorkItem skjema = task(assignment, delegation, "Lag påmeldingsskjema", ola, kari);
        WorkItem avtaler = task(assignment, delegation, "Avtal lærere", anne, kari);
        assignment.changeStatus(avtaler.id(), 1, Status.DONE, null, null, null, kari);
        Actor job = Actor.system(Instant.parse("2027-04-02T03:00:00Z"));

        Changes overdue = assignment.markOverdue(job);

        WorkItem late = assignment.item(skjema.id()).orElseThrow();
        assertThat(late.overdueSince()).isEqualTo(date("2027-04-02"));
        assertThat(late.isOverdue()).isTrue();
        assertThat(late.shownLight()).isEqualTo(TrafficLight.RED);
        assertThat(late.status()).as("overdue is a fact of dates; the status is people's").isEqualTo(Status.NOT_STARTED);
        assertThat(status(assignment, delegation)).isEqualTo(Status.DELAYED);
        assertThat(assignment.item(delegation.id()).orElseThrow().light()).isEqualTo(TrafficLight.RED);
        assertThat(assignment.root().status()).isEqualTo(Status.DELAYED);
        assertThat(kinds(overdue)).containsExactly("TASK:OVERDUE", "DELEGATION:ROLLED_UP", "ASSIGNMENT:ROLLED_UP");
        assertThat(overdue.changes().get(0).by()).isEqualTo(Actor.SYSTEM);
        assertThat(assignment.markOverdue(job).isEmpty()).as("marking again changes nothing").isTrue();

        assignment.editPart(skjema.id(), late.version(), "Lag påmeldingsskjema", null, ola, date("2027-04-20"),
                new Actor("per.berg", Instant.parse("2027-04-02T08:00:00Z")));
        WorkItem moved = assignment.item(skjema.id()).orElseThrow();
        assertThat(moved.isOverdue()).isFalse();
        assertThat(moved.remindedOn()).isNull();
        assertThat(status(assignment, delegation)).isEqualTo(Status.IN_PROGRESS);
    }

    @Test
    void anItemGivenADeadlineThatHasPassedIsOverdueAtOnce() {
        Assignment assignment = anAssignment();
        WorkItem delegation = delegateTo(assignment, nordskogen, rektorNordskogen);

        Changes late = assignment.addTask(delegation.id(), new Assignment.NewTask("Registrer gammelt vedtak", null, ola,
                date("2027-02-15")), kari);

        WorkItem task = late.changes().get(0).after();
        assertThat(task.overdueSince()).isEqualTo(date("2027-02-16"));
        assertThat(task.shownLight()).isEqualTo(TrafficLight.RED);
        assertThat(status(assignment, delegation)).isEqualTo(Status.DELAYED);
        assertThat(assignment.markOverdue(Actor.system(MARCH_1)).isEmpty()).as("the job finds it done").isTrue();
    }

    @Test
    void aHandoverMovesOnlyOpenItemsAndOnlyToSomeoneWhoBelongsThere() {
        Assignment assignment = anAssignment();
        WorkItem delegation = delegateTo(assignment, nordskogen, rektorNordskogen);
        WorkItem open = task(assignment, delegation, "Lag påmeldingsskjema", ola, kari);
        WorkItem done = task(assignment, delegation, "Avtal lærere", ola, kari);
        assignment.changeStatus(done.id(), 1, Status.DONE, null, null, null, kari);

        assertThatThrownBy(() -> assignment.handOver("ola.hansen", sykepleier, item -> true, kari))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("siv.sjo does not belong");
        Changes handedOver = assignment.handOver("ola.hansen", anne, item -> true, kari);

        assertThat(kinds(handedOver)).containsExactly("TASK:HANDED_OVER");
        assertThat(assignment.item(open.id()).orElseThrow().responsible()).isEqualTo("anne.dahl");
        assertThat(assignment.item(done.id()).orElseThrow().responsible()).isEqualTo("ola.hansen");
    }

    @Test
    void theHistoryEntryOfAChangeSaysWhoWhenAndWhat() {
        Assignment assignment = anAssignment();
        WorkItem delegation = delegateTo(assignment, nordskogen, rektorNordskogen);

        Changes changes = assignment.changeStatus(delegation.id(), 1, Status.DELAYED, null, "Mangler lærere.", null,
                new Actor("per.berg", MARCH_1));

        HistoryEntry entry = HistoryEntry.of(changes.changes().get(0));
        assertThat(entry.by()).isEqualTo("per.berg");
        assertThat(entry.at()).isEqualTo(MARCH_1);
        assertThat(entry.change()).isEqualTo(ChangeKind.STATUS_CHANGED);
        assertThat(entry.statusBefore()).isEqualTo(Status.NOT_STARTED);
        assertThat(entry.status()).isEqualTo(Status.DELAYED);
        assertThat(entry.light()).isEqualTo(TrafficLight.RED);
        assertThat(entry.noteText()).isEqualTo("Mangler lærere.");
        assertThat(entry.noteDate()).isEqualTo(date("2027-03-01"));
        assertThat(HistoryEntry.of(changes.changes().get(1)).noteText()).as("the roll-up wrote no comment").isNull();
    }

    private Assignment anAssignment() {
        return Assignment.create("fjordvik", sommerskole(), kommune, kommunedirektor, kari).assignment();
    }

    private WorkItem delegateTo(Assignment assignment, OrgUnit unit, Assignee responsible) {
        Changes changes = assignment.delegate(assignment.id(),
                List.of(new Assignment.NewDelegation(unit, responsible, date("2027-05-31"), null)), kari);
        return changes.changes().get(0).after();
    }

    private static WorkItem task(Assignment assignment, WorkItem delegation, String title, Assignee responsible, Actor actor) {
        return assignment.addTask(delegation.id(), new Assignment.NewTask(title, null, responsible, date("2027-04-01")), actor)
                .changes().get(0).after();
    }

    private static Status status(Assignment assignment, WorkItem item) {
        return assignment.item(item.id()).orElseThrow().status();
    }

    private static List<String> kinds(Changes changes) {
        List<String> kinds = new ArrayList<>();
        changes.changes().forEach(change -> kinds.add(change.after().kind() + ":" + change.kind()));
        return kinds;
    }

    private static Assignment.Content sommerskole() {
        return new Assignment.Content("VERBALVEDTAK", "Sommerskole for alle barn i 2027", null,
                new AssignmentSource(SourceKind.COUNCIL_DECISION, null, "Kommunestyret", "PS 112/26", date("2026-12-14"),
                        "Kommunestyret ber kommunedirektøren sørge for at alle barn får tilbud om gratis sommerskole i 2027.", null),
                true, date("2027-06-15"));
    }

    private static LocalDate date(String day) {
        return LocalDate.parse(day);
    }

    private static OrgUnit unit(String name, OrgUnit parent) {
        OrgUnitId id = new OrgUnitId(UUID.randomUUID());
        List<OrgUnitId> lineage = new ArrayList<>(parent == null ? List.of() : parent.lineage());
        lineage.add(id);
        return new OrgUnit(id, parent == null ? null : parent.id(), name, lineage, null);
    }
}
