package no.virksomhetsplan.reporting.projection;

import static no.virksomhetsplan.reporting.ContractEvents.answersSaved;
import static no.virksomhetsplan.reporting.ContractEvents.deviationClosed;
import static no.virksomhetsplan.reporting.ContractEvents.deviationRaised;
import static no.virksomhetsplan.reporting.ContractEvents.distributed;
import static no.virksomhetsplan.reporting.ContractEvents.submitted;
import static no.virksomhetsplan.reporting.ContractEvents.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import no.virksomhetsplan.reporting.ApiTestBase;
import no.virksomhetsplan.reporting.ContractEvents.Event;
import no.virksomhetsplan.reporting.ContractEvents;
import no.virksomhetsplan.testsupport.Municipality;
import no.virksomhetsplan.testsupport.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Checklists and deviations from checklists-service's events on Kafka: completion for a unit and its subtree, deviations
 * raised, closed on time or late and still open, the internal-control figures per area and per unit for a year
 * (kommuneloven § 25-2), the lines they give a report, and the annual internal-control report through the workflow.
 * The year is 2026, so deadlines in it have passed and those in 2099 have not, whenever the test runs.
 */
class ChecklistsApiTest extends ApiTestBase {

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    private final UUID hse = UUID.randomUUID();
    private final UUID control = UUID.randomUUID();
    private final UUID march = UUID.randomUUID();
    private final UUID tertial = UUID.randomUUID();
    private final UUID nordskogenMarch = UUID.randomUUID();
    private final UUID sjobakkenMarch = UUID.randomUUID();
    private final UUID helseMarch = UUID.randomUUID();
    private final UUID oppvekstT2 = UUID.randomUUID();
    private final UUID nordskogenT2 = UUID.randomUUID();
    private Event submittedNordskogen;
    private Event savedNordskogen;

    /**
     * HSE in March 2026 to Nordskogen (submitted), Sjøbakken (saved, not submitted) and Helse (nothing); internal control
     * in 2026-T2 to Oppvekst (submitted) and Nordskogen (saved). Deviations raised in 2026: at Nordskogen a HIGH one closed
     * on time and a MEDIUM one closed late, at Sjøbakken a HIGH one open with a deadline in 2099, at Oppvekst a LOW one open
     * past its deadline; and at Nordskogen a MEDIUM one raised in 2025, still open and past its deadline.
     */
    @BeforeEach
    void checklistsOf2026() {
        Map<UUID, UUID> marchUnits = new LinkedHashMap<>();
        marchUnits.put(nordskogenMarch, fjordvik.nordskogen.id());
        marchUnits.put(sjobakkenMarch, fjordvik.sjobakken.id());
        marchUnits.put(helseMarch, fjordvik.helse.id());
        Map<UUID, UUID> t2Units = new LinkedHashMap<>();
        t2Units.put(oppvekstT2, fjordvik.oppvekst.id());
        t2Units.put(nordskogenT2, fjordvik.nordskogen.id());
        savedNordskogen = answersSaved(nordskogenMarch, march, fjordvik.nordskogen.id(), 2);
        submittedNordskogen = submitted(nordskogenMarch, march, fjordvik.nordskogen.id(), 3);
        List<Event> events = new ArrayList<>(List.of(
                template(hse, 1, "HMS-sjekkliste", "HSE"),
                template(control, 1, "Internkontroll økonomi", "INTERNAL_CONTROL"),
                distributed(march, hse, "HMS-sjekkliste – mars 2026", "MONTH", 2026, 3, LocalDate.of(2026, 4, 5), marchUnits),
                distributed(tertial, control, "Internkontroll – 2. tertial 2026", "TERTIAL", 2026, 2,
                        LocalDate.of(2026, 9, 1), t2Units),
                savedNordskogen, submittedNordskogen,
                answersSaved(sjobakkenMarch, march, fjordvik.sjobakken.id(), 2),
                submitted(oppvekstT2, tertial, fjordvik.oppvekst.id(), 2),
                answersSaved(nordskogenT2, tertial, fjordvik.nordskogen.id(), 2)));
        UUID onTime = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        events.add(deviationRaised(onTime, march, nordskogenMarch, fjordvik.nordskogen.id(), "Rømningsvei blokkert", "HIGH",
                LocalDate.of(2026, 4, 15), Instant.parse("2026-03-28T10:00:00Z")));
        events.add(deviationRaised(late, march, nordskogenMarch, fjordvik.nordskogen.id(), "Brannøvelse ikke holdt",
                "MEDIUM", LocalDate.of(2026, 4, 15), Instant.parse("2026-03-28T10:05:00Z")));
        events.add(deviationClosed(onTime, march, fjordvik.nordskogen.id(), Instant.parse("2026-04-15T20:00:00Z")));
        events.add(deviationClosed(late, march, fjordvik.nordskogen.id(), Instant.parse("2026-05-02T08:00:00Z")));
        events.add(deviationRaised(UUID.randomUUID(), march, sjobakkenMarch, fjordvik.sjobakken.id(), "Nødlys defekt",
                "HIGH", LocalDate.of(2099, 1, 1), Instant.parse("2026-03-30T09:00:00Z")));
        events.add(deviationRaised(UUID.randomUUID(), tertial, oppvekstT2, fjordvik.oppvekst.id(), "Attestasjon mangler",
                "LOW", LocalDate.of(2026, 6, 1), Instant.parse("2026-05-20T09:00:00Z")));
        events.add(deviationRaised(UUID.randomUUID(), march, nordskogenMarch, fjordvik.nordskogen.id(), "Gammelt avvik",
                "MEDIUM", LocalDate.of(2025, 12, 1), Instant.parse("2025-11-20T09:00:00Z")));
        events.forEach(this::publish);
    }

    @Test
    void theOverviewShowsCompletionForTheUnitAndItsSubtreeAndItsDeviations() {
        JsonNode oppvekst = awaitOverview(fjordvik.headOfOppvekstToken(), fjordvik.oppvekst.id(), "2026-03",
                o -> o.at("/checklists/open/total").asLong() == 3 && o.at("/checklists/closed/total").asLong() == 2
                        && o.at("/checklists/subtree/answered").asLong() == 1);
        assertThat(oppvekst.at("/checklists/own/given").asLong()).as("nothing given to Oppvekst itself in March").isZero();
        assertThat(oppvekst.at("/checklists/own/percent").isNull()).isTrue();
        assertThat(oppvekst.at("/checklists/subtree/given").asLong()).as("Nordskogen and Sjøbakken in March").isEqualTo(2);
        assertThat(oppvekst.at("/checklists/subtree/notAnsweredLate").asLong()).isEqualTo(1);
        assertThat(oppvekst.at("/checklists/subtree/percent").asInt()).isEqualTo(50);
        assertThat(oppvekst.at("/checklists/raised/total").asLong()).as("raised in March 2026").isEqualTo(3);
        assertThat(oppvekst.at("/checklists/raised/bySeverity/HIGH").asLong()).isEqualTo(2);
        assertThat(oppvekst.at("/checklists/closed/closedOnTime").asLong()).isEqualTo(1);
        assertThat(oppvekst.at("/checklists/closed/closedLate").asLong()).isEqualTo(1);
        assertThat(oppvekst.at("/checklists/open/bySeverity/LOW").asLong()).as("open whenever raised").isEqualTo(1);
        assertThat(oppvekst.at("/checklists/open/bySeverity/MEDIUM").asLong()).isEqualTo(1);
        assertThat(oppvekst.at("/checklists/open/overdue").asLong()).isEqualTo(2);
        assertThat(oppvekst.at("/unit/checklists")).isEqualTo(oppvekst.get("checklists"));
        assertThat(child(oppvekst, "Nordskogen skole").at("/checklists/own/percent").asInt()).isEqualTo(100);
        assertThat(child(oppvekst, "Sjøbakken skole").at("/checklists/own/notAnswered").asLong()).isEqualTo(1);
        assertThat(oppvekst.get("checklistsNotAnswered")).extracting(u -> u.get("name").asString())
                .containsExactly("Sjøbakken skole");

        JsonNode nordskogenYear = overview(fjordvik.rektorNordskogenToken(), fjordvik.nordskogen.id(), "2026");
        assertThat(nordskogenYear.at("/checklists/own/given").asLong()).as("March and T2").isEqualTo(2);
        assertThat(nordskogenYear.at("/checklists/own/answered").asLong()).isEqualTo(1);
        assertThat(overview(fjordvik.headOfHelseToken(), fjordvik.helse.id(), "2026-T2").at("/checklists/own/given").asLong())
                .as("Helse's checklist is March's").isZero();

        HttpResponse<String> csv = api.get(fjordvik.headOfOppvekstToken(),
                "/api/reporting/overview.csv?period=2026-03&unitId=" + fjordvik.oppvekst.id());
        String[] rows = csv.body().replace("\uFEFF", "").split("\r\n");
        assertThat(rows[0]).endsWith(";Sjekklister gitt;Sjekklister besvart;Avvik meldt i perioden;Avvik lukket;Åpne avvik;"
                + "Åpne avvik over frist;Rapportstatus");
        assertThat(rows[1]).startsWith("Oppvekst og kultur;2026-03;").endsWith(";2;1;3;2;3;2;NOT_REPORTED");
    }

    @Test
    void aRedeliveredOrOlderEventDoesNotUndoASubmission() {
        awaitOverview(fjordvik.rektorNordskogenToken(), fjordvik.nordskogen.id(), "2026-03",
                o -> o.at("/checklists/own/answered").asLong() == 1);
        publish(savedNordskogen.again());
        publish(submittedNordskogen);
        Map<UUID, UUID> marker = Map.of(UUID.randomUUID(), fjordvik.nordskogen.id());
        publish(distributed(UUID.randomUUID(), hse, "Markør", "MONTH", 2026, 3, LocalDate.of(2026, 4, 5), marker));
        JsonNode after = awaitOverview(fjordvik.rektorNordskogenToken(), fjordvik.nordskogen.id(), "2026-03",
                o -> o.at("/checklists/own/given").asLong() == 2);
        assertThat(after.at("/checklists/own/answered").asLong()).isEqualTo(1);
    }

    @Test
    void theInternalControlFiguresOfAYearArePerAreaInTotalAndPerServiceArea() {
        JsonNode year = awaitInternalControl(fjordvik.kommunedirektorToken(),
                f -> f.at("/total/DEVIATIONS_RAISED").asLong() == 4 && f.at("/total/DEVIATIONS_CLOSED").asLong() == 2
                        && f.at("/total/ANSWERED").asLong() == 2 && f.get("byArea").size() == 2);
        assertThat(year.get("unitName").asString()).isEqualTo("Fjordvik kommune");
        assertThat(year.get("byArea")).extracting(a -> a.get("area").asString()).containsExactly("INTERNAL_CONTROL", "HSE");
        JsonNode hseFigures = area(year, "HSE");
        assertThat(counts(hseFigures, "GIVEN", "ANSWERED", "NOT_ANSWERED", "NOT_ANSWERED_LATE")).containsExactly(3L, 1L, 2L, 2L);
        assertThat(counts(hseFigures, "DEVIATIONS_RAISED", "RAISED_HIGH", "RAISED_MEDIUM", "RAISED_LOW"))
                .as("the deviation raised in 2025 is not 2026's").containsExactly(3L, 2L, 1L, 0L);
        assertThat(counts(hseFigures, "DEVIATIONS_CLOSED", "CLOSED_ON_TIME", "CLOSED_LATE")).containsExactly(2L, 1L, 1L);
        assertThat(counts(hseFigures, "DEVIATIONS_OPEN", "OPEN_HIGH", "OPEN_OVERDUE")).containsExactly(1L, 1L, 0L);
        JsonNode controlFigures = area(year, "INTERNAL_CONTROL");
        assertThat(counts(controlFigures, "GIVEN", "ANSWERED", "NOT_ANSWERED_LATE")).containsExactly(2L, 1L, 1L);
        assertThat(counts(controlFigures, "DEVIATIONS_RAISED", "RAISED_LOW", "DEVIATIONS_OPEN", "OPEN_OVERDUE"))
                .containsExactly(1L, 1L, 1L, 1L);
        assertThat(counts(year.get("total"), "GIVEN", "ANSWERED", "NOT_ANSWERED_LATE", "DEVIATIONS_RAISED", "CLOSED_ON_TIME",
                "CLOSED_LATE", "DEVIATIONS_OPEN", "OPEN_HIGH", "OPEN_LOW", "OPEN_OVERDUE"))
                .containsExactly(5L, 2L, 3L, 4L, 1L, 1L, 2L, 1L, 1L, 1L);
        assertThat(year.get("byUnit")).extracting(u -> u.get("name").asString())
                .containsExactly("Helse og velferd", "Oppvekst og kultur");
        assertThat(counts(year.at("/byUnit/0/counts"), "GIVEN", "ANSWERED", "DEVIATIONS_RAISED")).containsExactly(1L, 0L, 0L);
        assertThat(counts(year.at("/byUnit/1/counts"), "GIVEN", "ANSWERED", "DEVIATIONS_RAISED")).containsExactly(4L, 2L, 4L);

        HttpResponse<String> sector = api.get(fjordvik.headOfHelseToken(), "/api/reporting/internal-control?year=2026");
        assertThat(JSON.readTree(sector.body()).at("/total/GIVEN").asLong()).as("Helse sees its own part").isEqualTo(1);
        assertThat(api.get(fjordvik.headOfHelseToken(), "/api/reporting/internal-control?year=2026&unitId="
                + fjordvik.oppvekst.id()).statusCode()).isEqualTo(403);
        HttpResponse<String> bad = api.get(fjordvik.kommunedirektorToken(), "/api/reporting/internal-control?year=1999");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> noYear = api.get(fjordvik.kommunedirektorToken(), "/api/reporting/internal-control");
        assertThat(noYear.statusCode()).isEqualTo(400);
        assertThat(noYear.body()).contains("year");
        assertThat(api.get(fjordvik.kommunedirektorToken(), "/api/reporting/internal-control?year=2026&unitId=x")
                .statusCode()).isEqualTo(400);
        assertThat(api.get(fjordvik.politicianToken(), "/api/reporting/internal-control?year=2026").statusCode())
                .as("the figures are for leaders; politicians read the approved report").isEqualTo(422);
    }

    @Test
    void reportsGetTheUnitsChecklistsOpenDeviationsAndTheAnnualInternalControlReportGoesToTheCouncilOnceApproved() {
        awaitInternalControl(fjordvik.kommunedirektorToken(), f -> f.at("/total/DEVIATIONS_RAISED").asLong() == 4
                && f.at("/total/DEVIATIONS_CLOSED").asLong() == 2 && f.at("/total/ANSWERED").asLong() == 2);

        JsonNode march = created(fjordvik.rektorNordskogenToken(), fjordvik.nordskogen.id(), "2026-03");
        List<JsonNode> checklists = lines(march, "CHECKLIST");
        assertThat(checklists).extracting(l -> l.get("title").asString()).containsExactly("HMS-sjekkliste – mars 2026");
        assertThat(checklists.get(0).get("status").asString()).isEqualTo("SUBMITTED");
        List<JsonNode> open = lines(march, "DEVIATION");
        assertThat(open).extracting(l -> l.get("summary").asString()).containsExactly("Gammelt avvik");
        assertThat(open.get(0).get("light").asString()).as("past its deadline").isEqualTo("RED");

        String director = fjordvik.kommunedirektorToken();
        JsonNode annual = created(director, fjordvik.kommune.id(), "2026");
        List<JsonNode> areas = lines(annual, "INTERNAL_CONTROL");
        assertThat(areas).extracting(l -> l.get("title").asString()).containsExactly("INTERNAL_CONTROL", "HSE", "TOTAL");
        assertThat(areas.get(2).at("/counts/DEVIATIONS_OPEN").asLong()).isEqualTo(2);
        assertThat(areas.get(2).at("/counts/CLOSED_LATE").asLong()).isEqualTo(1);
        assertThat(lines(annual, "INTERNAL_CONTROL_UNIT")).extracting(l -> l.get("title").asString() + "="
                + l.at("/counts/GIVEN").asLong()).containsExactly("Helse og velferd=1", "Oppvekst og kultur=4");

        String id = annual.get("id").asString();
        String path = "/api/reporting/reports/" + id + "/internal-control/pdf";
        assertThat(api.get(director, path).statusCode()).isEqualTo(200);
        assertThat(api.get(fjordvik.politicianToken(), path).statusCode()).as("not approved yet").isEqualTo(403);
        assertThat(api.post(director, "/api/reporting/reports/" + id + "/submit", "").statusCode()).isEqualTo(200);
        String otherDirector = People.aPersonIn(fjordvik.kommune, "kommunedirektor", People.aUsername("anne.dir"));
        HttpResponse<String> approved = api.post(otherDirector, "/api/reporting/reports/" + id + "/approve", "");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(api.get(fjordvik.politicianToken(), path).statusCode()).isEqualTo(200);

        String monthReport = march.get("id").asString();
        HttpResponse<String> notAYear = api.get(fjordvik.rektorNordskogenToken(),
                "/api/reporting/reports/" + monthReport + "/internal-control/pdf");
        assertThat(notAYear.statusCode()).isEqualTo(422);
        assertThat(notAYear.body()).contains("period");
    }

    private static JsonNode area(JsonNode figures, String area) {
        for (JsonNode line : figures.get("byArea")) {
            if (line.get("area").asString().equals(area)) {
                return line.get("counts");
            }
        }
        throw new AssertionError("no area " + area + " in " + figures);
    }

    private static List<Long> counts(JsonNode counts, String... measures) {
        List<Long> values = new ArrayList<>();
        for (String measure : measures) {
            values.add(counts.get(measure).asLong());
        }
        return values;
    }

    private static List<JsonNode> lines(JsonNode report, String section) {
        List<JsonNode> lines = new ArrayList<>();
        report.get("items").forEach(item -> {
            if (item.get("section").asString().equals(section)) {
                lines.add(item);
            }
        });
        return lines;
    }

    private JsonNode created(String token, UUID unit, String period) {
        HttpResponse<String> response = api.post(token, "/api/reporting/reports",
                "{\"unitId\": \"" + unit + "\", \"period\": \"" + period + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private void publish(Event event) {
        try {
            kafka.send(event.record("fjordvik")).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode overview(String token, UUID unit, String period) {
        var response = api.get(token, "/api/reporting/overview?period=" + period + "&unitId=" + unit);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode awaitOverview(String token, UUID unit, String period, Predicate<JsonNode> until) {
        JsonNode[] seen = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            seen[0] = overview(token, unit, period);
            return until.test(seen[0]);
        });
        return seen[0];
    }

    private JsonNode awaitInternalControl(String token, Predicate<JsonNode> until) {
        JsonNode[] seen = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var response = api.get(token, "/api/reporting/internal-control?year=2026");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            seen[0] = JSON.readTree(response.body());
            return until.test(seen[0]);
        });
        return seen[0];
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
