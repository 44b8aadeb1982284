package no.virksomhetsplan.assignments.overview;

import static no.virksomhetsplan.assignments.AssignmentsApi.ASSIGNMENTS;
import static no.virksomhetsplan.assignments.AssignmentsApi.DELEGATIONS;
import static no.virksomhetsplan.assignments.AssignmentsApi.JSON;
import static no.virksomhetsplan.assignments.AssignmentsApi.TASKS;
import static no.virksomhetsplan.assignments.AssignmentsApi.aVerbalvedtak;
import static no.virksomhetsplan.assignments.AssignmentsApi.assertProblem;
import static no.virksomhetsplan.assignments.AssignmentsApi.delegation;
import static no.virksomhetsplan.assignments.AssignmentsApi.id;
import static no.virksomhetsplan.assignments.AssignmentsApi.ok;
import static no.virksomhetsplan.assignments.AssignmentsApi.status;
import static no.virksomhetsplan.assignments.AssignmentsApi.task;
import static no.virksomhetsplan.assignments.AssignmentsApi.with;
import static no.virksomhetsplan.testsupport.People.aUsername;
import static no.virksomhetsplan.testsupport.People.employeeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.assignments.ApiTestBase;
import no.virksomhetsplan.assignments.deadline.application.OverdueDetection;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.org.OrgUnitMoved;
import no.virksomhetsplan.testsupport.CloudEventRecords;
import no.virksomhetsplan.testsupport.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The leader's status overview counts by status for a unit and each unit below it, kept up to date by every change
 * (never counted on read); Min side shows a person everything they are responsible for, overdue first.
 */
class StatusOverviewApiTest extends ApiTestBase {

    private static final int YEAR = 2027;
    private static final LocalDate JUNE_15 = LocalDate.of(YEAR, 6, 15);
    private static final LocalDate MAY_31 = LocalDate.of(YEAR, 5, 31);
    /** Earlier than any other test's deadline, so running the overdue job for early March touches this test's items only. */
    private static final LocalDate FEBRUARY_26 = LocalDate.of(YEAR, 2, 26);

    @Autowired
    OverdueDetection overdueDetection;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Test
    void theOverviewCountsEachUnitAndItsSubtreeAndDrillsDownOneLevelAtATime() throws Exception {
        String kd = fjordvik.kommunedirektorToken();
        String ola = aUsername("ola.hansen");
        UUID skolemat = id(api.anAssignment(kd, with(aVerbalvedtak("Skolemat", JUNE_15), "responsible", fjordvik.kommunedirektor)));
        UUID leksehjelp = id(api.anAssignment(kd, with(aVerbalvedtak("Leksehjelp", JUNE_15), "responsible", fjordvik.kommunedirektor)));
        UUID toOppvekst = id(api.delegate(kd, skolemat, delegation(fjordvik.oppvekst, fjordvik.headOfOppvekst, MAY_31)).get(0));
        api.delegate(kd, skolemat, delegation(fjordvik.helse, null, MAY_31));
        List<JsonNode> toSchools = api.delegate(kd, leksehjelp, delegation(fjordvik.nordskogen, fjordvik.rektorNordskogen, MAY_31),
                delegation(fjordvik.sjobakken, fjordvik.rektorSjobakken, MAY_31));
        api.register(fjordvik.rektorNordskogenToken(), fjordvik.nordskogen, ola);
        JsonNode late = api.addTask(fjordvik.rektorNordskogenToken(), id(toSchools.get(0)), task("Finn frivillige", ola, FEBRUARY_26));
        api.addTask(fjordvik.rektorNordskogenToken(), id(toSchools.get(0)), task("Skaff rom", ola, MAY_31));
        ok(api.client().post(fjordvik.rektorSjobakkenToken(), DELEGATIONS + "/" + id(toSchools.get(1)) + "/status",
                status(1, "IN_PROGRESS", null)));

        JsonNode top = api.get(kd, "/api/assignments/overview?year=" + YEAR + "&unitId=" + fjordvik.kommune.id());
        assertThat(top.get("unit").get("name").asString()).isEqualTo("Fjordvik kommune");
        JsonNode own = top.get("unit").get("own");
        assertThat(own.get("assignments").get("total").asLong()).isEqualTo(2);
        assertThat(own.get("assignments").get("byStatus").get("IN_PROGRESS").asLong()).as("Leksehjelp rolled up").isEqualTo(1);
        assertThat(own.get("assignments").get("byStatus").get("NOT_STARTED").asLong()).isEqualTo(1);
        assertThat(own.get("delegations").get("total").asLong()).isZero();
        JsonNode subtree = top.get("unit").get("subtree");
        assertThat(subtree.get("delegations").get("total").asLong()).isEqualTo(4);
        assertThat(subtree.get("delegations").get("ownerless").asLong()).as("Helse's has nobody yet").isEqualTo(1);
        assertThat(subtree.get("tasks").get("byStatus").get("NOT_STARTED").asLong()).isEqualTo(2);
        assertThat(top.get("children")).extracting(child -> child.get("name").asString())
                .containsExactlyInAnyOrder("Oppvekst og kultur", "Helse og velferd");
        JsonNode oppvekst = child(top, "Oppvekst og kultur");
        assertThat(oppvekst.get("own").get("delegations").get("total").asLong()).isEqualTo(1);
        assertThat(oppvekst.get("subtree").get("delegations").get("total").asLong()).isEqualTo(3);
        assertThat(oppvekst.get("subtree").get("tasks").get("total").asLong()).isEqualTo(2);

        JsonNode drilled = api.get(fjordvik.headOfOppvekstToken(), "/api/assignments/overview?year=" + YEAR);
        assertThat(drilled.get("unit").get("id").asString()).as("a leader starts at their own unit")
                .isEqualTo(fjordvik.oppvekst.id().toString());
        JsonNode nordskogen = child(drilled, "Nordskogen skole");
        assertThat(nordskogen.get("own").get("tasks").get("total").asLong()).isEqualTo(2);
        assertThat(child(drilled, "Sjøbakken skole").get("own").get("delegations").get("byStatus").get("IN_PROGRESS").asLong())
                .isEqualTo(1);
        assertProblem(api.client().get(fjordvik.headOfOppvekstToken(), "/api/assignments/overview?unitId=" + fjordvik.helse.id()),
                403, "outside your part");
        assertProblem(api.client().get(employeeOf(fjordvik.nordskogen, ola), "/api/assignments/overview"), 422, "for leaders");

        JsonNode ownerless = api.get(kd, "/api/assignments/overview/ownerless?unitId=" + fjordvik.kommune.id());
        assertThat(ownerless.get("items")).singleElement().satisfies(item -> {
            assertThat(item.get("kind").asString()).isEqualTo("DELEGATION");
            assertThat(item.get("unitName").asString()).isEqualTo("Helse og velferd");
            assertThat(item.get("assignmentTitle").asString()).isEqualTo("Skolemat");
        });

        overdueDetection.run(LocalDate.of(YEAR, 3, 2));

        JsonNode afterDeadline = api.get(kd, "/api/assignments/overview?year=" + YEAR + "&unitId=" + fjordvik.kommune.id());
        assertThat(afterDeadline.get("unit").get("subtree").get("tasks").get("overdue").asLong()).isEqualTo(1);
        assertThat(afterDeadline.get("unit").get("own").get("assignments").get("byStatus").get("DELAYED").asLong())
                .as("an overdue task delays Leksehjelp").isEqualTo(1);
        JsonNode overdue = api.get(fjordvik.headOfOppvekstToken(), "/api/assignments/overview/overdue");
        assertThat(overdue.get("items")).singleElement().satisfies(item -> {
            assertThat(item.get("id").asString()).isEqualTo(late.get("id").asString());
            assertThat(item.get("trafficLight").asString()).isEqualTo("RED");
            assertThat(item.get("overdueSince").asString()).isEqualTo("2027-02-27");
        });

        ok(api.client().post(employeeOf(fjordvik.nordskogen, ola), TASKS + "/" + id(late) + "/status", status(2, "DONE", null)));
        JsonNode afterDone = api.get(kd, "/api/assignments/overview?year=" + YEAR + "&unitId=" + fjordvik.kommune.id());
        assertThat(afterDone.get("unit").get("subtree").get("tasks").get("overdue").asLong()).isZero();
        assertThat(afterDone.get("unit").get("subtree").get("tasks").get("byStatus").get("DONE").asLong()).isEqualTo(1);
        assertThat(afterDone.get("unit").get("own").get("assignments").get("byStatus").get("IN_PROGRESS").asLong()).isEqualTo(1);

        kafka.send(CloudEventRecords.record(Topics.ORG, UUID.randomUUID(), OrgUnitMoved.TYPE, "fjordvik",
                fjordvik.sjobakken.id().toString(), JSON.writeValueAsString(new OrgUnitMoved(fjordvik.sjobakken.id(),
                        fjordvik.helse.id(), fjordvik.oppvekst.id(), fjordvik.helse.lineage(), LocalDate.of(YEAR, 1, 1), 2)))).get();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode moved = api.get(kd, "/api/assignments/overview?year=" + YEAR + "&unitId=" + fjordvik.kommune.id());
            assertThat(child(moved, "Helse og velferd").get("subtree").get("delegations").get("total").asLong())
                    .as("Sjøbakken's delegation came along").isEqualTo(2);
            assertThat(child(moved, "Oppvekst og kultur").get("subtree").get("delegations").get("total").asLong()).isEqualTo(2);
            assertThat(moved.get("unit").get("subtree").get("delegations").get("total").asLong()).isEqualTo(4);
        });
        assertThat(toOppvekst).isNotNull();
    }

    @Test
    void minSideShowsEverythingAPersonIsResponsibleForOverdueFirst() {
        String kd = fjordvik.kommunedirektorToken();
        String per = fjordvik.rektorNordskogenToken();
        UUID a = id(api.anAssignment(kd, aVerbalvedtak("Trafikksikker skolevei", JUNE_15)));
        UUID b = id(api.anAssignment(kd, aVerbalvedtak("Mer fysisk aktivitet", JUNE_15)));
        UUID toNordskogenA = id(api.delegate(kd, a, delegation(fjordvik.nordskogen, fjordvik.rektorNordskogen, MAY_31)).get(0));
        UUID toNordskogenB = id(api.delegate(kd, b, delegation(fjordvik.nordskogen, fjordvik.rektorNordskogen, LocalDate.of(YEAR, 5, 1))).get(0));
        JsonNode ownTask = api.addTask(per, toNordskogenA, task("Befaring med FAU", fjordvik.rektorNordskogen, FEBRUARY_26));
        api.addTask(per, toNordskogenB, task("Plan for aktiv skoledag", fjordvik.rektorNordskogen, LocalDate.of(YEAR, 4, 10)));
        overdueDetection.run(LocalDate.of(YEAR, 3, 2));

        JsonNode myPage = api.get(per, "/api/assignments/my-page");

        assertThat(myPage.get("username").asString()).isEqualTo(fjordvik.rektorNordskogen);
        assertThat(myPage.get("open").get("items")).extracting(item -> item.get("kind").asString() + " " + item.get("deadline").asString())
                .containsExactly("TASK 2027-02-26", "TASK 2027-04-10", "DELEGATION 2027-05-01", "DELEGATION 2027-05-31");
        assertThat(myPage.get("open").get("items").get(0).get("overdue").asBoolean()).isTrue();
        assertThat(myPage.get("open").get("items").get(2).get("assignmentTitle").asString()).isEqualTo("Mer fysisk aktivitet");
        assertThat(myPage.get("open").get("total").asLong()).isEqualTo(4);
        assertThat(myPage.get("byStatus").get("NOT_STARTED").asLong()).as("both tasks and the delegation above the timely one")
                .isEqualTo(3);
        assertThat(myPage.get("byStatus").get("DELAYED").asLong()).as("the delegation above the late task").isEqualTo(1);
        assertThat(myPage.get("overdue").asLong()).isEqualTo(1);

        ok(api.client().post(per, TASKS + "/" + id(ownTask) + "/status", status(2, "DONE", null)));
        JsonNode after = api.get(per, "/api/assignments/my-page?size=1");
        assertThat(after.get("byStatus").get("DONE").asLong()).as("the task and the delegation it completed").isEqualTo(2);
        assertThat(after.get("overdue").asLong()).isZero();
        assertThat(after.get("open").get("items")).singleElement()
                .satisfies(item -> assertThat(item.get("deadline").asString()).isEqualTo("2027-04-10"));
        assertThat(after.get("open").get("total").asLong()).isEqualTo(2);
        assertThat(api.get(kd, ASSIGNMENTS + "/" + a).get("status").asString()).isEqualTo("DONE");
    }

    private static JsonNode child(JsonNode overview, String name) {
        for (JsonNode child : overview.get("children")) {
            if (child.get("name").asString().equals(name)) {
                return child;
            }
        }
        throw new AssertionError("no child " + name + " in " + overview);
    }
}
