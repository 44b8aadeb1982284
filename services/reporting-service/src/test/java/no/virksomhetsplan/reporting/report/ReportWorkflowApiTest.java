package no.virksomhetsplan.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.reporting.ApiTestBase;
import no.virksomhetsplan.reporting.ReadModels;
import no.virksomhetsplan.reporting.projection.persistence.JdbcPlans;
import no.virksomhetsplan.reporting.projection.persistence.JdbcWorkItems;
import no.virksomhetsplan.testsupport.Municipality;
import no.virksomhetsplan.testsupport.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A unit's report from draft to locked: filled from the read models, written, submitted by the unit's leader,
 * approved or returned by the leader above, never by the one who submitted it; a locked report never changes;
 * unfinished items go on to the next period; a sector's report rolls up its units' reports; politicians read the
 * municipality's approved reports and nothing else.
 */
class ReportWorkflowApiTest extends ApiTestBase {

    private static final LocalDate APRIL = LocalDate.of(2027, 4, 30);
    private static final LocalDate JUNE = LocalDate.of(2027, 6, 15);

    @Autowired
    JdbcWorkItems items;
    @Autowired
    JdbcPlans plans;

    private ReadModels readModels;
    private UUID sommerskole;
    private UUID toNordskogen;

    @BeforeEach
    void nordskogenHasWorkForItsReport() {
        readModels = new ReadModels(items, plans, transaction);
        sommerskole = readModels.assignment(fjordvik.kommune.id(), "Sommerskole for alle barn", "IN_PROGRESS", JUNE, true);
        toNordskogen = readModels.delegation(sommerskole, fjordvik.nordskogen.id(), "IN_PROGRESS", JUNE);
        UUID unflagged = readModels.assignment(fjordvik.kommune.id(), "Intern rutinegjennomgang", "IN_PROGRESS", JUNE, false);
        readModels.delegation(unflagged, fjordvik.nordskogen.id(), "NOT_STARTED", JUNE);
        readModels.assignment(fjordvik.nordskogen.id(), "Leksehjelp på 5. trinn", "DONE", APRIL, true);
        readModels.goalFor(fjordvik.nordskogen.id(), "Trygt og godt skolemiljø");
    }

    @Test
    void aReportIsFilledWrittenSubmittedAndApprovedByTheSuperiorThenLockedForGood() {
        JsonNode draft = created(fjordvik.rektorNordskogenToken(), fjordvik.nordskogen.id(), "2027-T1");
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(titles(draft, "ASSIGNMENT")).containsExactlyInAnyOrder("Sommerskole for alle barn", "Leksehjelp på 5. trinn");
        assertThat(titles(draft, "GOAL")).containsExactly("Trygt og godt skolemiljø");
        assertThat(titles(draft, "INDICATOR")).containsExactly("Andel elever som trives");
        assertThat(titles(draft, "STATUS")).containsExactly("ASSIGNMENT", "DELEGATION", "TASK");

        String id = draft.get("id").asString();
        JsonNode written = ok(api.put(fjordvik.rektorNordskogenToken(), "/api/reporting/reports/" + id + "/texts", """
                {"version": 0, "overallText": "Et godt tertial på Nordskogen; sommerskolen er i rute.",
                 "items": [{"section": "ASSIGNMENT", "refId": "%s", "statusText": "Påmelding åpner i mai."}]}"""
                .formatted(toNordskogen)));
        assertThat(written.get("version").asLong()).isEqualTo(1);
        assertThat(line(written, toNordskogen).get("statusText").asString()).isEqualTo("Påmelding åpner i mai.");

        JsonNode submitted = ok(api.post(fjordvik.rektorNordskogenToken(), "/api/reporting/reports/" + id + "/submit", ""));
        assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("submittedBy").asString()).isEqualTo(fjordvik.rektorNordskogen);
        assertThat(line(submitted, toNordskogen).get("statusText").asString()).as("submitting refills and keeps the texts")
                .isEqualTo("Påmelding åpner i mai.");

        problem(api.post(fjordvik.rektorNordskogenToken(), "/api/reporting/reports/" + id + "/approve", ""), 403);
        problem(api.post(fjordvik.rektorSjobakkenToken(), "/api/reporting/reports/" + id + "/approve", ""), 403);
        problem(api.post(fjordvik.headOfHelseToken(), "/api/reporting/reports/" + id + "/approve", ""), 403);

        JsonNode approved = ok(api.post(fjordvik.headOfOppvekstToken(), "/api/reporting/reports/" + id + "/approve", ""));
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("locked").asBoolean()).isTrue();
        assertThat(approved.get("decidedBy").asString()).isEqualTo(fjordvik.headOfOppvekst);

        JsonNode locked = problem(api.put(fjordvik.rektorNordskogenToken(), "/api/reporting/reports/" + id + "/texts",
                "{\"version\": 3, \"overallText\": \"Endret i ettertid\"}"), 409);
        assertThat(locked.get("detail").asString()).contains("locked");
        problem(api.post(fjordvik.rektorNordskogenToken(), "/api/reporting/reports/" + id + "/refill", ""), 409);
        problem(api.post(fjordvik.headOfOppvekstToken(), "/api/reporting/reports/" + id + "/return",
                "{\"comment\": \"For sent\"}"), 409);
        JsonNode after = ok(api.get(fjordvik.rektorNordskogenToken(), "/api/reporting/reports/" + id));
        assertThat(after.get("overallText").asString()).isEqualTo("Et godt tertial på Nordskogen; sommerskolen er i rute.");
        assertThat(after.get("version").asLong()).isEqualTo(approved.get("version").asLong());
    }

    @Test
    void theSuperiorReturnsAReportWithACommentAndTheLeaderSubmitsItAgain() {
        String id = created(fjordvik.rektorSjobakkenToken(), fjordvik.sjobakken.id(), "2027-03").get("id").asString();
        ok(api.post(fjordvik.rektorSjobakkenToken(), "/api/reporting/reports/" + id + "/submit", ""));

        JsonNode noComment = problem(api.post(fjordvik.headOfOppvekstToken(), "/api/reporting/reports/" + id + "/return", "{}"), 400);
        assertThat(noComment.get("errors").get(0).get("field").asString()).isEqualTo("comment");
        problem(api.put(fjordvik.rektorSjobakkenToken(), "/api/reporting/reports/" + id + "/texts",
                "{\"version\": 1, \"overallText\": \"Mens den ligger til godkjenning\"}"), 409);

        JsonNode returned = ok(api.post(fjordvik.headOfOppvekstToken(), "/api/reporting/reports/" + id + "/return",
                "{\"comment\": \"Skriv litt om sykefraværet.\"}"));
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.get("returnComment").asString()).isEqualTo("Skriv litt om sykefraværet.");

        JsonNode stale = problem(api.put(fjordvik.rektorSjobakkenToken(), "/api/reporting/reports/" + id + "/texts",
                "{\"version\": 0, \"overallText\": \"Sykefraværet er 6 %.\"}"), 409);
        assertThat(stale.get("detail").asString()).contains("version");
        ok(api.put(fjordvik.rektorSjobakkenToken(), "/api/reporting/reports/" + id + "/texts",
                "{\"version\": " + returned.get("version").asLong() + ", \"overallText\": \"Sykefraværet er 6 %.\"}"));
        assertThat(ok(api.post(fjordvik.rektorSjobakkenToken(), "/api/reporting/reports/" + id + "/submit", ""))
                .get("status").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void nobodyReportsForAUnitOutsideTheirPartOfTheTreeAndBadInputIsRefusedByName() {
        problem(api.post(fjordvik.rektorSjobakkenToken(), "/api/reporting/reports",
                body(fjordvik.nordskogen.id(), "2027-T1")), 403);
        problem(api.post(fjordvik.headOfHelseToken(), "/api/reporting/reports", body(fjordvik.oppvekst.id(), "2027-T1")), 403);
        problem(api.post(fjordvik.employeeOfNordskogenToken(), "/api/reporting/reports",
                body(fjordvik.nordskogen.id(), "2027-T1")), 403);
        String id = created(fjordvik.rektorNordskogenToken(), fjordvik.nordskogen.id(), "2027-T1").get("id").asString();
        problem(api.post(fjordvik.rektorSjobakkenToken(), "/api/reporting/reports/" + id + "/submit", ""), 403);
        problem(api.put(fjordvik.headOfHelseToken(), "/api/reporting/reports/" + id + "/texts", "{\"version\": 0}"), 403);
        problem(api.get(fjordvik.rektorSjobakkenToken(), "/api/reporting/reports/" + id), 403);

        problem(api.post(fjordvik.rektorNordskogenToken(), "/api/reporting/reports", body(fjordvik.nordskogen.id(), "2027-T1")), 409);
        JsonNode badPeriod = problem(api.post(fjordvik.rektorNordskogenToken(), "/api/reporting/reports",
                body(fjordvik.nordskogen.id(), "2027-T4")), 400);
        assertThat(badPeriod.get("errors").get(0).get("field").asString()).isEqualTo("period");
        JsonNode noVersion = problem(api.put(fjordvik.rektorNordskogenToken(), "/api/reporting/reports/" + id + "/texts",
                "{\"overallText\": \"uten versjon\"}"), 400);
        assertThat(noVersion.get("errors").get(0).get("field").asString()).isEqualTo("version");
        JsonNode unknownLine = problem(api.put(fjordvik.rektorNordskogenToken(), "/api/reporting/reports/" + id + "/texts",
                "{\"version\": 0, \"items\": [{\"section\": \"GOAL\", \"refId\": \"" + UUID.randomUUID() + "\", \"statusText\": \"x\"}]}"),
                422);
        assertThat(unknownLine.get("detail").asString()).startsWith("items");
        problem(api.get(fjordvik.rektorNordskogenToken(), "/api/reporting/reports/" + UUID.randomUUID()), 404);
        problem(api.get(fjordvik.rektorNordskogenToken(), "/api/reporting/reports/not-an-id"), 400);
    }

    @Test
    void unfinishedItemsAreCarriedToTheNextPeriodWithTheirText() {
        String t1 = created(fjordvik.rektorNordskogenToken(), fjordvik.nordskogen.id(), "2027-T1").get("id").asString();
        ok(api.put(fjordvik.rektorNordskogenToken(), "/api/reporting/reports/" + t1 + "/texts", """
                {"version": 0, "items": [{"section": "ASSIGNMENT", "refId": "%s", "statusText": "Venter på svar fra FAU."}]}"""
                .formatted(toNordskogen)));
        readModels.delegation(toNordskogen, sommerskole, fjordvik.nordskogen.id(), "DELAYED", JUNE, 2);

        JsonNode t2 = created(fjordvik.rektorNordskogenToken(), fjordvik.nordskogen.id(), "2027-T2");
        JsonNode carried = line(t2, toNordskogen);
        assertThat(carried.get("carriedFrom").asString()).isEqualTo("2027-T1");
        assertThat(carried.get("statusText").asString()).isEqualTo("Venter på svar fra FAU.");
        assertThat(carried.get("status").asString()).as("with its state as it is now").isEqualTo("DELAYED");
        assertThat(titles(t2, "ASSIGNMENT")).as("what was done in T1 is not carried").doesNotContain("Leksehjelp på 5. trinn");
    }

    @Test
    void aSectorReportRollsUpItsUnitsReportsAndTheOverviewShowsWhoHasNotReported() {
        String nordskogen = created(fjordvik.rektorNordskogenToken(), fjordvik.nordskogen.id(), "2027-T1").get("id").asString();
        ok(api.put(fjordvik.rektorNordskogenToken(), "/api/reporting/reports/" + nordskogen + "/texts",
                "{\"version\": 0, \"overallText\": \"Alt i rute på Nordskogen.\"}"));
        ok(api.post(fjordvik.rektorNordskogenToken(), "/api/reporting/reports/" + nordskogen + "/submit", ""));

        JsonNode overview = ok(api.get(fjordvik.headOfOppvekstToken(),
                "/api/reporting/overview?period=2027-T1&unitId=" + fjordvik.oppvekst.id()));
        assertThat(overview.get("notReported")).extracting(u -> u.get("name").asString()).containsExactly("Sjøbakken skole");
        assertThat(overview.get("children")).extracting(u -> u.get("reportStatus").asString(null))
                .containsExactly("SUBMITTED", null);

        JsonNode sector = created(fjordvik.headOfOppvekstToken(), fjordvik.oppvekst.id(), "2027-T2");
        JsonNode delegations = statusLine(sector, "DELEGATION");
        assertThat(delegations.at("/counts/IN_PROGRESS").asLong()).as("Nordskogen's June delegation, in Oppvekst's subtree")
                .isEqualTo(1);
        assertThat(delegations.at("/counts/NOT_STARTED").asLong()).isEqualTo(1);
        assertThat(delegations.at("/counts/OVERDUE").asLong()).isZero();
        assertThat(statusLine(sector, "ASSIGNMENT").at("/counts/IN_PROGRESS").asLong()).as("owned by the kommune, not Oppvekst")
                .isZero();
        sector = created(fjordvik.headOfOppvekstToken(), fjordvik.oppvekst.id(), "2027-T1");
        JsonNode rollUp = line(sector, fjordvik.nordskogen.id());
        assertThat(rollUp.get("section").asString()).isEqualTo("UNIT_REPORT");
        assertThat(rollUp.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(rollUp.get("summary").asString()).isEqualTo("Alt i rute på Nordskogen.");
        assertThat(line(sector, fjordvik.sjobakken.id()).get("status").asString()).isEqualTo("NOT_REPORTED");

        var csv = api.get(fjordvik.headOfOppvekstToken(), "/api/reporting/overview.csv?period=2027-T1&unitId=" + fjordvik.oppvekst.id());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        String[] rows = csv.body().replace("\uFEFF", "").split("\r\n");
        assertThat(rows).hasSize(4);
        assertThat(rows[0]).startsWith("Enhet;Periode;ASSIGNMENT NOT_STARTED");
        assertThat(rows[1]).startsWith("Oppvekst og kultur;2027-T1;").endsWith(";DRAFT");
        assertThat(rows[2]).startsWith("Nordskogen skole;2027-T1;").endsWith(";SUBMITTED");
        assertThat(rows[3]).startsWith("Sjøbakken skole;2027-T1;").endsWith(";NOT_REPORTED");
    }

    @Test
    void politiciansReadTheMunicipalitysApprovedReportsOnly() {
        String kommunedirektor = fjordvik.kommunedirektorToken();
        String report = created(kommunedirektor, fjordvik.kommune.id(), "2027-T1").get("id").asString();
        ok(api.post(kommunedirektor, "/api/reporting/reports/" + report + "/submit", ""));
        problem(api.get(fjordvik.politicianToken(), "/api/reporting/reports/" + report), 403);
        problem(api.post(kommunedirektor, "/api/reporting/reports/" + report + "/approve", ""), 403);

        String nordskogen = created(fjordvik.rektorNordskogenToken(), fjordvik.nordskogen.id(), "2027-T1").get("id").asString();
        ok(api.post(fjordvik.rektorNordskogenToken(), "/api/reporting/reports/" + nordskogen + "/submit", ""));
        ok(api.post(fjordvik.headOfOppvekstToken(), "/api/reporting/reports/" + nordskogen + "/approve", ""));

        String admin = People.aPersonIn(fjordvik.kommune, "admin", People.aUsername("admin"));
        ok(api.post(admin, "/api/reporting/reports/" + report + "/approve", ""));

        String politician = fjordvik.politicianToken();
        JsonNode approved = ok(api.get(politician, "/api/reporting/reports/" + report));
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        problem(api.get(politician, "/api/reporting/reports/" + nordskogen), 403);
        assertThat(api.get(politician, "/api/reporting/reports/" + report + "/pdf").statusCode()).isEqualTo(200);
        problem(api.get(politician, "/api/reporting/reports/" + nordskogen + "/pdf"), 403);
        JsonNode list = ok(api.get(politician, "/api/reporting/reports?period=2027-T1"));
        assertThat(list).extracting(r -> r.get("id").asString()).containsExactly(report);
        problem(api.post(politician, "/api/reporting/reports", body(fjordvik.kommune.id(), "2027-T2")), 403);
        problem(api.get(politician, "/api/reporting/overview?period=2027-T1"), 422);
    }

    private JsonNode created(String token, UUID unit, String period) {
        HttpResponse<String> response = api.post(token, "/api/reporting/reports", body(unit, period));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private static String body(UUID unit, String period) {
        return "{\"unitId\": \"" + unit + "\", \"period\": \"" + period + "\"}";
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        return JSON.readTree(response.body());
    }

    private static List<String> titles(JsonNode report, String section) {
        List<String> titles = new ArrayList<>();
        report.get("items").forEach(item -> {
            if (item.get("section").asString().equals(section)) {
                titles.add(item.get("title").asString());
            }
        });
        return titles;
    }

    private static JsonNode statusLine(JsonNode report, String kind) {
        for (JsonNode item : report.get("items")) {
            if (item.get("section").asString().equals("STATUS") && item.get("title").asString().equals(kind)) {
                return item;
            }
        }
        throw new AssertionError("no status line " + kind + " in " + report);
    }

    private static JsonNode line(JsonNode report, UUID refId) {
        for (JsonNode item : report.get("items")) {
            if (item.get("refId").asString().equals(refId.toString())) {
                return item;
            }
        }
        throw new AssertionError("no line " + refId + " in " + report);
    }
}
