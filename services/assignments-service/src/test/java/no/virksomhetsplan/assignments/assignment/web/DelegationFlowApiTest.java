package no.virksomhetsplan.assignments.assignment.web;

import static no.virksomhetsplan.assignments.AssignmentsApi.ASSIGNMENTS;
import static no.virksomhetsplan.assignments.AssignmentsApi.DELEGATIONS;
import static no.virksomhetsplan.assignments.AssignmentsApi.JSON;
import static no.virksomhetsplan.assignments.AssignmentsApi.TASKS;
import static no.virksomhetsplan.assignments.AssignmentsApi.aVerbalvedtak;
import static no.virksomhetsplan.assignments.AssignmentsApi.created;
import static no.virksomhetsplan.assignments.AssignmentsApi.delegation;
import static no.virksomhetsplan.assignments.AssignmentsApi.delegations;
import static no.virksomhetsplan.assignments.AssignmentsApi.id;
import static no.virksomhetsplan.assignments.AssignmentsApi.ok;
import static no.virksomhetsplan.assignments.AssignmentsApi.status;
import static no.virksomhetsplan.assignments.AssignmentsApi.task;
import static no.virksomhetsplan.assignments.AssignmentsApi.with;
import static no.virksomhetsplan.testsupport.People.aUsername;
import static no.virksomhetsplan.testsupport.People.employeeOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.assignments.ApiTestBase;
import no.virksomhetsplan.contracts.CloudEventHeaders;
import no.virksomhetsplan.contracts.EventSchemas;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.assignments.AssignmentChanged;
import no.virksomhetsplan.contracts.assignments.DelegationChanged;
import no.virksomhetsplan.contracts.assignments.TaskChanged;
import no.virksomhetsplan.testsupport.Infrastructure;
import no.virksomhetsplan.testsupport.People;
import no.virksomhetsplan.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Flow 3 of the domain: a verbalvedtak becomes an assignment, delegated to two schools with deadlines; one school's
 * leader splits it into tasks for two employees; each employee updates their task; the assignment's status rolls up,
 * and every change is published as a versioned event.
 */
class DelegationFlowApiTest extends ApiTestBase {

    private static final LocalDate JUNE_15 = LocalDate.of(2027, 6, 15);
    private static final LocalDate MAY_31 = LocalDate.of(2027, 5, 31);
    private static final LocalDate APRIL_30 = LocalDate.of(2027, 4, 30);

    @Test
    void aVerbalvedtakIsDelegatedSplitIntoTasksAndRollsUpAsTheEmployeesWork() {
        String kd = fjordvik.kommunedirektorToken();
        String per = fjordvik.rektorNordskogenToken();
        String ola = aUsername("ola.hansen");
        String anne = aUsername("anne.dahl");

        JsonNode assignment = api.anAssignment(kd, with(aVerbalvedtak("Sommerskole for alle barn", JUNE_15), "responsible",
                fjordvik.kommunedirektor));
        UUID assignmentId = id(assignment);
        assertThat(assignment.get("unitId").asString()).as("the kommunedirektør's own unit").isEqualTo(fjordvik.kommune.id().toString());
        assertThat(assignment.get("source").get("caseNumber").asString()).isEqualTo("PS 112/26");
        assertThat(assignment.get("status").asString()).isEqualTo("NOT_STARTED");
        assertThat(assignment.get("version").asLong()).isEqualTo(1);

        List<JsonNode> delegations = api.delegate(kd, assignmentId,
                delegation(fjordvik.nordskogen, fjordvik.rektorNordskogen, MAY_31),
                delegation(fjordvik.sjobakken, fjordvik.rektorSjobakken, MAY_31));
        UUID toNordskogen = id(delegations.get(0));
        UUID toSjobakken = id(delegations.get(1));
        assertThat(delegations.get(0).get("responsible").asString()).isEqualTo(fjordvik.rektorNordskogen);

        api.register(per, fjordvik.nordskogen, ola);
        api.register(per, fjordvik.nordskogen, anne);
        JsonNode olasTask = api.addTask(per, toNordskogen, task("Lag påmeldingsskjema", ola, APRIL_30));
        JsonNode annesTask = api.addTask(per, toNordskogen, task("Avtal lærere og lokaler", anne, APRIL_30));

        JsonNode seenByOla = api.get(employeeOf(fjordvik.nordskogen, ola), TASKS + "/" + id(olasTask));
        assertThat(seenByOla.get("assignment").get("title").asString()).isEqualTo("Sommerskole for alle barn");
        assertThat(seenByOla.get("assignment").get("source").get("decisionText").asString()).contains("Sommerskole");
        assertThat(seenByOla.get("chain")).singleElement().satisfies(d -> assertThat(id(d)).isEqualTo(toNordskogen));
        assertThat(seenByOla.get("task").get("responsible").asString()).isEqualTo(ola);

        JsonNode started = ok(api.client().post(employeeOf(fjordvik.nordskogen, ola), TASKS + "/" + id(olasTask) + "/status",
                status(1, "IN_PROGRESS", "Skjemaet er på høring hos FAU.")));
        assertThat(started.get("task").get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(started.get("task").get("statusNote").get("text").asString()).isEqualTo("Skjemaet er på høring hos FAU.");
        assertThat(started.get("chain").get(0).get("status").asString()).as("the delegation rolled up").isEqualTo("IN_PROGRESS");
        assertThat(started.get("assignment").get("status").asString()).as("so did the assignment").isEqualTo("IN_PROGRESS");

        ok(api.client().post(employeeOf(fjordvik.nordskogen, ola), TASKS + "/" + id(olasTask) + "/status", status(2, "DONE", null)));
        ok(api.client().post(employeeOf(fjordvik.nordskogen, anne), TASKS + "/" + id(annesTask) + "/status", status(1, "DONE", null)));
        JsonNode nordskogenDone = api.get(per, DELEGATIONS + "/" + toNordskogen);
        assertThat(nordskogenDone.get("delegation").get("status").asString()).isEqualTo("DONE");
        assertThat(nordskogenDone.get("assignment").get("status").asString()).as("Sjøbakken has not started").isEqualTo("IN_PROGRESS");

        ok(api.client().post(fjordvik.rektorSjobakkenToken(), DELEGATIONS + "/" + toSjobakken + "/status",
                status(1, "DONE", "Gjennomført uten egne oppgaver.")));
        JsonNode done = api.get(kd, ASSIGNMENTS + "/" + assignmentId);
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("trafficLight").asString()).isEqualTo("GREEN");
        assertThat(done.get("delegations")).hasSize(2);
        assertThat(done.get("delegations").get(0).get("tasks")).hasSize(2);

        List<String> history = new ArrayList<>();
        api.get(employeeOf(fjordvik.nordskogen, ola), TASKS + "/" + id(olasTask) + "/history")
                .forEach(entry -> history.add(entry.get("change").asString() + " by " + entry.get("by").asString()
                        + " -> " + entry.get("status").asString()));
        assertThat(history).containsExactly("CREATED by " + fjordvik.rektorNordskogen + " -> NOT_STARTED",
                "STATUS_CHANGED by " + ola + " -> IN_PROGRESS", "STATUS_CHANGED by " + ola + " -> DONE");
        JsonNode assignmentHistory = api.get(kd, ASSIGNMENTS + "/" + assignmentId + "/history");
        assertThat(assignmentHistory.get(assignmentHistory.size() - 1).get("change").asString()).isEqualTo("ROLLED_UP");
        assertThat(assignmentHistory.get(assignmentHistory.size() - 1).get("by").asString()).isEqualTo(fjordvik.rektorSjobakken);

        try (var topic = new TopicReader(Infrastructure.endpoints().kafkaBootstrapServers(), Topics.ASSIGNMENTS)) {
            String key = "assignment/" + assignmentId;
            ConsumerRecord<String, byte[]> last = topic.awaitRecord(r -> key.equals(r.key())
                    && AssignmentChanged.TYPE.equals(TopicReader.header(r, CloudEventHeaders.TYPE))
                    && JSON.readTree(r.value()).get("status").asString().equals("DONE"), Duration.ofSeconds(20));
            assertThat(TopicReader.header(last, CloudEventHeaders.TENANT)).isEqualTo("fjordvik");
            List<ConsumerRecord<String, byte[]>> all = topic.recordsSoFar(r -> key.equals(r.key()));
            assertThat(all).extracting(r -> TopicReader.header(r, CloudEventHeaders.TYPE))
                    .contains(AssignmentChanged.TYPE, DelegationChanged.TYPE, TaskChanged.TYPE);
            assertThat(all).allSatisfy(r -> assertThat(EventSchemas.violations(TopicReader.header(r, CloudEventHeaders.TYPE),
                    new String(r.value()))).isEmpty());
            List<Long> assignmentVersions = all.stream()
                    .filter(r -> AssignmentChanged.TYPE.equals(TopicReader.header(r, CloudEventHeaders.TYPE)))
                    .map(r -> JSON.readTree(r.value()).get("version").asLong()).toList();
            assertThat(assignmentVersions).as("one event per version, in order").isSorted().doesNotHaveDuplicates();
            JsonNode lastData = JSON.readTree(last.value());
            assertThat(lastData.get("change").asString()).isEqualTo("ROLLED_UP");
            assertThat(lastData.get("version").asLong()).isEqualTo(done.get("version").asLong());
        }
    }

    @Test
    void theChainIsVisibleFromBothEndsAndSiblingsStayPrivate() {
        String kd = fjordvik.kommunedirektorToken();
        UUID assignment = id(api.anAssignment(kd, aVerbalvedtak("Flere lærlingeplasser", JUNE_15)));
        List<JsonNode> delegations = api.delegate(kd, assignment, delegation(fjordvik.oppvekst, fjordvik.headOfOppvekst, MAY_31),
                delegation(fjordvik.helse, fjordvik.headOfHelse, MAY_31));
        UUID toOppvekst = id(delegations.get(0));
        JsonNode further = created(api.client().post(fjordvik.headOfOppvekstToken(), DELEGATIONS + "/" + toOppvekst + "/delegations",
                delegations(delegation(fjordvik.nordskogen, fjordvik.rektorNordskogen, APRIL_30))));
        UUID toNordskogen = id(further.get("delegation").get("delegations").get(0));

        JsonNode fromTheTop = api.get(kd, ASSIGNMENTS + "/" + assignment);
        assertThat(fromTheTop.get("delegations")).hasSize(2);
        assertThat(fromTheTop.get("delegations").get(0).get("delegations")).singleElement()
                .satisfies(d -> assertThat(d.get("unitName").asString()).isEqualTo("Nordskogen skole"));

        JsonNode fromTheBottom = api.get(fjordvik.rektorNordskogenToken(), DELEGATIONS + "/" + toNordskogen);
        assertThat(fromTheBottom.get("assignment").get("title").asString()).isEqualTo("Flere lærlingeplasser");
        assertThat(fromTheBottom.get("chain")).extracting(d -> d.get("unitName").asString()).containsExactly("Oppvekst og kultur");
        assertThat(fromTheBottom.get("delegation").get("fromUnitName").asString()).isEqualTo("Oppvekst og kultur");

        JsonNode rektorsView = api.get(fjordvik.rektorNordskogenToken(), ASSIGNMENTS + "/" + assignment);
        assertThat(rektorsView.get("delegations")).as("Helse's delegation is not the school's business").singleElement()
                .satisfies(d -> assertThat(id(d)).isEqualTo(toOppvekst));
        assertThat(api.client().get(fjordvik.rektorSjobakkenToken(), ASSIGNMENTS + "/" + assignment).statusCode()).isEqualTo(403);
        assertThat(api.client().get(fjordvik.headOfHelseToken(), DELEGATIONS + "/" + toNordskogen).statusCode()).isEqualTo(403);
    }
}
