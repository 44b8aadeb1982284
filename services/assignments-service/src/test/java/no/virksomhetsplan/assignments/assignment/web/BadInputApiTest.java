package no.virksomhetsplan.assignments.assignment.web;

import static no.virksomhetsplan.assignments.AssignmentsApi.ASSIGNMENTS;
import static no.virksomhetsplan.assignments.AssignmentsApi.DELEGATIONS;
import static no.virksomhetsplan.assignments.AssignmentsApi.ISSUER;
import static no.virksomhetsplan.assignments.AssignmentsApi.TASKS;
import static no.virksomhetsplan.assignments.AssignmentsApi.aVerbalvedtak;
import static no.virksomhetsplan.assignments.AssignmentsApi.assertProblem;
import static no.virksomhetsplan.assignments.AssignmentsApi.atOnce;
import static no.virksomhetsplan.assignments.AssignmentsApi.delegation;
import static no.virksomhetsplan.assignments.AssignmentsApi.delegations;
import static no.virksomhetsplan.assignments.AssignmentsApi.id;
import static no.virksomhetsplan.assignments.AssignmentsApi.json;
import static no.virksomhetsplan.assignments.AssignmentsApi.ok;
import static no.virksomhetsplan.assignments.AssignmentsApi.status;
import static no.virksomhetsplan.assignments.AssignmentsApi.task;
import static no.virksomhetsplan.assignments.AssignmentsApi.with;
import static no.virksomhetsplan.testsupport.People.aUsername;
import static no.virksomhetsplan.testsupport.People.employeeOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.assignments.ApiTestBase;
import no.virksomhetsplan.assignments.settings.domain.SettingsReplica;
import no.virksomhetsplan.testsupport.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** What the issue lists as bad input is refused as problem details, and concurrent edits lose nothing. */
class BadInputApiTest extends ApiTestBase {

    private static final LocalDate JUNE_15 = LocalDate.of(2027, 6, 15);
    private static final LocalDate MAY_31 = LocalDate.of(2027, 5, 31);

    @Autowired
    SettingsReplica settings;

    @Test
    void delegatingOutsideOnesSubtreeIsRefused() {
        String ellen = fjordvik.headOfOppvekstToken();
        UUID oppvekstsOwn = id(api.anAssignment(ellen, aVerbalvedtak("Leksehjelp på alle skoler", JUNE_15)));

        assertProblem(api.client().post(ellen, ASSIGNMENTS + "/" + oppvekstsOwn + "/delegations",
                delegations(delegation(fjordvik.helse, null, MAY_31))), 403, "outside your part of the organisation");

        String kd = fjordvik.kommunedirektorToken();
        UUID forOppvekst = id(api.anAssignment(kd, with(aVerbalvedtak("Skolemat", JUNE_15), "unitId", fjordvik.oppvekst.id())));
        assertProblem(api.client().post(kd, ASSIGNMENTS + "/" + forOppvekst + "/delegations",
                delegations(delegation(fjordvik.helse, null, MAY_31))), 422, "delegate only down");

        UUID toNordskogen = id(api.delegate(kd, forOppvekst, delegation(fjordvik.nordskogen, null, MAY_31)).get(0));
        assertProblem(api.client().post(fjordvik.rektorNordskogenToken(), DELEGATIONS + "/" + toNordskogen + "/delegations",
                delegations(delegation(fjordvik.sjobakken, null, MAY_31))), 403, "outside your part of the organisation");
        assertProblem(api.client().post(fjordvik.rektorSjobakkenToken(), ASSIGNMENTS + "/" + forOppvekst + "/delegations",
                delegations(delegation(fjordvik.sjobakken, null, MAY_31))), 403, "lead the assignment's unit");
    }

    @Test
    void deadlinesStayWithinTheDeadlineAboveAndOutOfClosedYears() {
        String kd = fjordvik.kommunedirektorToken();
        UUID assignment = id(api.anAssignment(kd, aVerbalvedtak("Nye turstier", JUNE_15)));

        assertProblem(api.client().post(kd, ASSIGNMENTS + "/" + assignment + "/delegations",
                delegations(delegation(fjordvik.helse, null, JUNE_15.plusDays(1)))), 422, "after the deadline of the assignment");

        int closed = 2031;
        transaction.executeWithoutResult(tx -> settings.planYear("fjordvik", closed, "CLOSED", Long.MAX_VALUE));
        assertProblem(api.client().post(kd, ASSIGNMENTS, json(aVerbalvedtak("Gammelt vedtak", LocalDate.of(closed, 3, 1)))),
                422, "plan year " + closed + " is closed");
    }

    @Test
    void aTaskIsForAPersonOfTheUnit() {
        String kd = fjordvik.kommunedirektorToken();
        UUID assignment = id(api.anAssignment(kd, aVerbalvedtak("Skolevei", JUNE_15)));
        UUID toNordskogen = id(api.delegate(kd, assignment, delegation(fjordvik.nordskogen, fjordvik.rektorNordskogen, MAY_31)).get(0));
        String nurse = aUsername("siv.sjo");
        api.register(fjordvik.headOfHelseToken(), fjordvik.helse, nurse);

        assertProblem(api.client().post(fjordvik.rektorNordskogenToken(), DELEGATIONS + "/" + toNordskogen + "/tasks",
                json(task("Kartlegg skoleveien", nurse, MAY_31))), 422, "belongs to Helse og velferd");
        assertProblem(api.client().post(fjordvik.rektorNordskogenToken(), DELEGATIONS + "/" + toNordskogen + "/tasks",
                json(task("Kartlegg skoleveien", aUsername("ukjent"), MAY_31))), 422, "not known as a person");
        assertProblem(api.client().put(fjordvik.rektorNordskogenToken(), "/api/assignments/people/" + nurse,
                json(Map.of("unitId", fjordvik.helse.id()))), 403, "outside your part of the organisation");
    }

    @Test
    void aCancelledItemNeverChangesAgain() {
        String kd = fjordvik.kommunedirektorToken();
        UUID assignment = id(api.anAssignment(kd, aVerbalvedtak("Kulturskole i sentrum", JUNE_15)));
        UUID delegationId = id(api.delegate(kd, assignment, delegation(fjordvik.nordskogen, fjordvik.rektorNordskogen, MAY_31)).get(0));
        String ola = aUsername("ola.hansen");
        api.register(fjordvik.rektorNordskogenToken(), fjordvik.nordskogen, ola);
        JsonNode task = api.addTask(fjordvik.rektorNordskogenToken(), delegationId, task("Finn lokaler", ola, MAY_31));

        JsonNode cancelled = ok(api.client().post(kd, DELEGATIONS + "/" + delegationId + "/cancel",
                json(Map.of("version", 1, "reason", "Vedtaket er omgjort i PS 20/27."))));
        assertThat(cancelled.get("delegation").get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("delegation").get("statusNote").get("text").asString()).isEqualTo("Vedtaket er omgjort i PS 20/27.");
        assertThat(cancelled.get("delegation").get("tasks").get(0).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("assignment").get("status").asString()).as("no open parts: the assignment keeps its own")
                .isEqualTo("NOT_STARTED");

        assertProblem(api.client().post(employeeOf(fjordvik.nordskogen, ola), TASKS + "/" + id(task) + "/status",
                status(2, "IN_PROGRESS", null)), 422, "cancelled");
        assertProblem(api.client().put(kd, DELEGATIONS + "/" + delegationId,
                json(Map.of("version", 2, "deadline", "2027-05-01"))), 422, "cancelled");
        assertProblem(api.client().put(fjordvik.rektorNordskogenToken(), DELEGATIONS + "/" + delegationId,
                json(Map.of("version", 2, "deadline", "2027-05-01"))), 403, "delegating unit");
        assertProblem(api.client().post(fjordvik.rektorNordskogenToken(), DELEGATIONS + "/" + delegationId + "/tasks",
                json(task("Enda en", ola, MAY_31))), 422, "cancelled");
        assertProblem(api.client().post(employeeOf(fjordvik.nordskogen, ola), TASKS + "/" + id(task) + "/cancel",
                json(Map.of("version", 2))), 403, "lead the task's unit");
    }

    @Test
    void malformedRequestsAndUnknownThingsAreProblems() {
        String kd = fjordvik.kommunedirektorToken();
        HttpResponse<String> missing = api.client().post(kd, ASSIGNMENTS, "{\"title\":\"\"}");
        assertProblem(missing, 400, "invalid fields");
        assertThat(missing.body()).contains("type", "title", "source", "deadline");
        assertProblem(api.client().post(kd, ASSIGNMENTS, json(with(aVerbalvedtak("X", JUNE_15), "source", Map.of("kind", "RUMOUR")))),
                400, "source.kind");
        assertProblem(api.client().post(kd, ASSIGNMENTS, json(with(aVerbalvedtak("X", JUNE_15), "type", "UKJENT_TYPE"))),
                422, "no assignment type UKJENT_TYPE");
        assertProblem(api.client().post(kd, ASSIGNMENTS, json(with(aVerbalvedtak("X", JUNE_15), "source",
                Map.of("kind", "COUNCIL_DECISION", "body", "Kommunestyret")))), 422, "case number");
        assertProblem(api.client().post(employeeOf(fjordvik.nordskogen, aUsername("ola")), ASSIGNMENTS,
                json(aVerbalvedtak("X", JUNE_15))), 403, "outside your part");
        UUID assignment = id(api.anAssignment(kd, aVerbalvedtak("Ren fjord", JUNE_15)));
        assertProblem(api.client().post(kd, ASSIGNMENTS + "/" + assignment + "/status", status(1, "CANCELLED", null)),
                422, "Cancel the assignment instead");
        assertProblem(api.client().get(kd, DELEGATIONS + "/" + assignment), 404, "No such delegation");
        assertProblem(api.client().get(ISSUER.token("nordlia-admin"), ASSIGNMENTS + "/" + assignment), 404, "No such assignment");
        assertProblem(api.client().get(kd, ASSIGNMENTS + "/not-a-uuid"), 400, "wrong type");
    }

    @Test
    void ofEditsOfTheSameVersionSentAtOnceExactlyOneWinsAndTheRestGet409() {
        String kd = fjordvik.kommunedirektorToken();
        UUID assignment = id(api.anAssignment(kd, aVerbalvedtak("Gatelys i Fjordvik sentrum", JUNE_15)));
        UUID delegationId = id(api.delegate(kd, assignment, delegation(fjordvik.nordskogen, fjordvik.rektorNordskogen, MAY_31)).get(0));
        String per = fjordvik.rektorNordskogenToken();

        List<HttpResponse<String>> responses = atOnce(6, i -> api.client().post(i % 2 == 0 ? per : kd,
                DELEGATIONS + "/" + delegationId + "/status", status(1, i % 2 == 0 ? "IN_PROGRESS" : "DELAYED", "Forsøk " + i)));

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200, 409)
                .filteredOn(code -> code == 200).hasSize(1);
        responses.stream().filter(r -> r.statusCode() == 409)
                .forEach(r -> assertProblem(r, 409, "changed by someone else"));
        JsonNode now = api.get(kd, DELEGATIONS + "/" + delegationId);
        assertThat(now.get("delegation").get("version").asLong()).isEqualTo(2);
        assertThat(api.get(kd, DELEGATIONS + "/" + delegationId + "/history")).hasSize(2);

        HttpResponse<String> first = api.client().put(kd, ASSIGNMENTS + "/" + assignment,
                json(with(with(aVerbalvedtak("Gatelys i hele kommunen", JUNE_15), "version", 2), "includeInMonthlyReport", false)));
        HttpResponse<String> second = api.client().put(kd, ASSIGNMENTS + "/" + assignment,
                json(with(aVerbalvedtak("Gatelys langs skoleveiene", JUNE_15), "version", 2)));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertProblem(second, 409, "you edited version 2, it is now at version 3");
        assertThat(api.get(kd, ASSIGNMENTS + "/" + assignment).get("title").asString()).isEqualTo("Gatelys i hele kommunen");
    }
}
