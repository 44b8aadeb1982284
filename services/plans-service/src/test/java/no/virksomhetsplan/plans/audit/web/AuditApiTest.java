package no.virksomhetsplan.plans.audit.web;

import static no.virksomhetsplan.plans.PlansApi.ISSUER;
import static no.virksomhetsplan.plans.PlansApi.JSON;
import static no.virksomhetsplan.plans.PlansApi.assertProblem;
import static no.virksomhetsplan.plans.PlansApi.created;
import static no.virksomhetsplan.plans.PlansApi.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.plans.goal.GoalsApi;
import no.virksomhetsplan.testsupport.ApiClient;
import no.virksomhetsplan.testsupport.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The audit log through the API. Each test has a municipality of its own (a realm added to the test issuer, trusted
 * by name as an onboarded one is), so "everything in the municipality" is exactly what the test did: the top unit
 * 1000 with the sectors Oppvekst (2000, with Bakken skole 2110 below it) and Helse (3000), imported from CSV.
 */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditApiTest {

    private static final String AUDIT = "/api/plans/audit";
    private static final String TREE = """
            externalCode,name,levelName,parentExternalCode,leaderUsername
            1000,Revisjon kommune,Kommune,,
            2000,Oppvekst og kultur,Sektor,1000,kari.sjef
            2110,Bakken skole,Virksomhet,2000,per.rektor
            3000,Helse og velferd,Sektor,1000,
            """;

    @LocalServerPort
    int port;
    ApiClient api;

    String realm;
    String admin;
    String kommunedirektor;
    String kariSjef;
    String perRektor;
    String laerer;
    Map<String, UUID> units = new HashMap<>();

    @BeforeEach
    void aMunicipalityOfItsOwnWithItsTree() {
        api = ApiClient.onLocalPort(port);
        realm = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        ISSUER.addRealm(realm);
        admin = person("fjordvik-admin", "marit.holm", "1000", "admin");
        kommunedirektor = person("fjordvik-kommunedirektor", "ingrid.fjeld", "1000", "kommunedirektor");
        kariSjef = person("fjordvik-medarbeider", "kari.sjef", "2000", "kommunalsjef");
        perRektor = person("fjordvik-medarbeider", "per.rektor", "2110", "virksomhetsleder");
        laerer = person("fjordvik-medarbeider", "lars.laerer", "2110", "medarbeider");
        HttpResponse<String> imported = api.post(admin, "/api/plans/org-units/import", "text/csv",
                TREE.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        for (JsonNode unit : ok(api.get(admin, "/api/plans/org-units"))) {
            units.put(unit.get("externalCode").asString(), UUID.fromString(unit.get("id").asString()));
        }
    }

    /** A person of this test's municipality: a real claim set with this realm's issuer and tenant. */
    private String person(String fixture, String username, String orgUnit, String role) {
        return ISSUER.token(fixture, Map.of("iss", ISSUER.issuerUri(realm), "tenant", realm, "preferred_username", username,
                "sub", UUID.nameUUIDFromBytes((realm + username).getBytes(StandardCharsets.UTF_8)).toString(),
                "org_unit", orgUnit, "realm_access", Map.of("roles", List.of(role, "offline_access"))));
    }

    @Test
    void everyChangeThatMattersToInternalControlIsLoggedWithWhoWhatAndWhen() {
        int year = LocalDate.now(ZoneId.of("Europe/Oslo")).getYear() + 1;
        UUID oppvekst = units.get("2000");
        UUID skole = units.get("2110");
        UUID helse = units.get("3000");

        // Settings and a plan year: the whole municipality.
        JsonNode settings = ok(api.get(admin, "/api/plans/settings"));
        ok(api.put(admin, "/api/plans/settings", JSON.writeValueAsString(settings)));
        created(api.post(kommunedirektor, "/api/plans/plan-years", "{\"year\":" + year + "}"));
        // The tree: a unit added, moved, renamed and closed.
        JsonNode project = created(api.post(admin, "/api/plans/org-units",
                "{\"parentId\":\"" + helse + "\",\"name\":\"Prosjekt\",\"externalCode\":\"3900\"}"));
        String projectPath = "/api/plans/org-units/" + project.get("id").asString();
        JsonNode moved = ok(api.post(admin, projectPath + "/move", "{\"parentId\":\"" + oppvekst + "\",\"version\":1}"));
        JsonNode renamed = ok(api.put(admin, projectPath, "{\"name\":\"Prosjektkontor\",\"externalCode\":\"3900\",\"version\":"
                + moved.get("version").asLong() + "}"));
        ok(api.post(admin, projectPath + "/close", "{\"closedFrom\":\"" + LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(1)
                + "\",\"version\":" + renamed.get("version").asLong() + "}"));
        // A goal, ticked for the school by the head of its sector.
        JsonNode goal = created(api.post(kommunedirektor, GoalsApi.GOALS,
                GoalsApi.goal("Gode oppvekstvilkår", "KOMMUNEPLAN", year, year).json()));
        ok(api.put(kariSjef, "/api/plans/org-units/" + skole + "/goals/" + goal.get("id").asString() + "?year=" + year, ""));
        // An assignment letter down to the sector, sent and acknowledged.
        JsonNode letter = created(api.post(kommunedirektor, "/api/plans/letters", JSON.writeValueAsString(Map.of(
                "year", year, "fromUnitId", units.get("1000"), "toUnitId", oppvekst, "title", "Oppdragsbrev " + year,
                "goalIds", List.of(goal.get("id").asString()), "sections", Map.of("guidance", "Styr etter planen.",
                        "focusAreas", "Trivsel.", "frames", "Rammen.", "budgetFrame", 1000, "routines", "Tertialer.",
                        "internalControl", "Sjekklister.")))));
        String letterPath = "/api/plans/letters/" + letter.get("id").asString();
        ok(api.post(kommunedirektor, letterPath + "/send", "{\"version\":1}"));
        ok(api.post(kariSjef, letterPath + "/acknowledge", "{\"revision\":1}"));
        // The school leader's agreement, agreed by both.
        JsonNode agreement = created(api.post(kariSjef, "/api/plans/leader-agreements", JSON.writeValueAsString(Map.of(
                "year", year, "unitId", skole, "leaderUsername", "per.rektor", "superiorUsername", "kari.sjef",
                "sections", Map.of("goalsAndPriorities", "Trivsel.", "development", "Rektorskolen.", "expectations", "Samtaler.")))));
        String agreementPath = "/api/plans/leader-agreements/" + agreement.get("id").asString();
        ok(api.post(perRektor, agreementPath + "/acknowledge", "{\"version\":1}"));
        ok(api.post(kariSjef, agreementPath + "/acknowledge", "{\"version\":2}"));

        JsonNode log = ok(api.get(admin, AUDIT));

        assertThat(actions(log)).containsExactly(
                "agreement.agreed", "agreement.acknowledged", "agreement.drafted",
                "letter.acknowledged", "letter.sent", "letter.written",
                "unit-goals.ticked", "goal.created",
                "org-unit.closed", "org-unit.updated", "org-unit.moved", "org-unit.created",
                "plan-year.opened", "settings.changed",
                "org-unit.imported", "org-unit.imported", "org-unit.imported", "org-unit.imported");
        JsonNode settingsChange = entry(log, "settings.changed");
        assertThat(settingsChange.get("actor").get("username").asString()).isEqualTo("marit.holm");
        assertThat(settingsChange.get("actor").get("roles")).extracting(JsonNode::asString).containsExactly("admin");
        assertThat(settingsChange.get("unitId").isNull()).isTrue();
        assertThat(settingsChange.get("details").get("version").asLong()).isEqualTo(1);
        assertThat(entry(log, "plan-year.opened").get("actor").get("username").asString()).isEqualTo("ingrid.fjeld");
        assertThat(entry(log, "org-unit.moved").get("details").get("parentId").asString()).isEqualTo(oppvekst.toString());
        assertThat(entry(log, "unit-goals.ticked").get("unitId").asString()).isEqualTo(skole.toString());
        assertThat(entry(log, "letter.acknowledged").get("unitId").asString()).isEqualTo(oppvekst.toString());
        assertThat(entry(log, "letter.acknowledged").get("actor").get("username").asString()).isEqualTo("kari.sjef");
        assertThat(entry(log, "agreement.agreed").get("subject").asString()).isEqualTo(agreement.get("id").asString());
        assertThat(entry(log, "goal.created").get("unitId").asString()).isEqualTo(units.get("1000").toString());
        assertThat(LocalDate.parse(entry(log, "goal.created").get("at").asString().substring(0, 10)))
                .isBetween(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1));
    }

    @Test
    void aLeaderReadsTheLogOfTheirOwnPartOfTheTreeOnly() {
        UUID oppvekst = units.get("2000");
        UUID skole = units.get("2110");

        assertThat(units(ok(api.get(kariSjef, AUDIT)))).containsExactlyInAnyOrder(oppvekst, skole);
        assertThat(units(ok(api.get(kariSjef, AUDIT + "?unitId=" + skole)))).containsExactly(skole);
        assertThat(units(ok(api.get(perRektor, AUDIT)))).containsExactly(skole);
        assertThat(units(ok(api.get(admin, AUDIT + "?unitId=" + oppvekst)))).containsExactlyInAnyOrder(oppvekst, skole);
        assertThat(units(ok(api.get(kommunedirektor, AUDIT)))).hasSize(4);

        assertProblem(api.get(kariSjef, AUDIT + "?unitId=" + units.get("3000")), 403, "Helse og velferd");
        assertProblem(api.get(perRektor, AUDIT + "?unitId=" + oppvekst), 403, "Oppvekst og kultur");
        assertProblem(api.get(laerer, AUDIT), 403, "leaders");
        assertProblem(api.get(person("fjordvik-medarbeider", "jon.bakke", "1000", "politiker"), AUDIT), 403, "leaders");
        assertProblem(api.get(kariSjef, AUDIT + "?unitId=" + UUID.randomUUID()), 404, "No such unit");
    }

    @Test
    void anotherMunicipalitySeesNoneOfIt() {
        UUID oppvekst = units.get("2000");

        assertProblem(api.get(ISSUER.token("nordlia-admin"), AUDIT + "?unitId=" + oppvekst), 404, "No such unit");
        assertThat(api.get(ISSUER.token("fjordvik-admin"), AUDIT).body()).doesNotContain(oppvekst.toString(), realm);
        assertThat(api.get(ISSUER.token("fjordvik-kommunedirektor"), AUDIT + "?unitId=" + oppvekst).statusCode()).isEqualTo(404);
    }

    @Test
    void aRefusedOrFailedChangeLeavesNoEntry() {
        JsonNode settings = ok(api.get(admin, "/api/plans/settings"));
        ((tools.jackson.databind.node.ObjectNode) settings).put("version", 7);
        assertThat(api.put(admin, "/api/plans/settings", JSON.writeValueAsString(settings)).statusCode()).isEqualTo(409);
        assertThat(api.post(kariSjef, "/api/plans/org-units", "{\"parentId\":\"" + units.get("2000") + "\",\"name\":\"Ny\"}")
                .statusCode()).isEqualTo(403);
        assertThat(api.post(admin, "/api/plans/org-units/import", "text/csv",
                "externalCode,name,levelName,parentExternalCode,leaderUsername\n4000,Ny sektor,Sektor,1000,\n4100,Feil,Virksomhet,9999,\n"
                        .getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(400);

        assertThat(actions(ok(api.get(admin, AUDIT)))).containsOnly("org-unit.imported").hasSize(4);
    }

    @Test
    void thePeriodIsWholeNorwegianDaysAndTheAnswerIsBounded() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));

        assertThat(ok(api.get(admin, AUDIT + "?from=" + today + "&to=" + today))).hasSize(4);
        assertThat(ok(api.get(admin, AUDIT + "?from=" + today.plusDays(1) + "&to=" + today.plusDays(2)))).isEmpty();
        assertThat(ok(api.get(admin, AUDIT + "?to=" + today.minusDays(1)))).isEmpty();
        assertThat(ok(api.get(admin, AUDIT + "?limit=3"))).hasSize(3);
        assertProblem(api.get(admin, AUDIT + "?from=" + today + "&to=" + today.minusDays(1)), 422, "after it ends");
        assertProblem(api.get(admin, AUDIT + "?from=" + today.minusYears(2) + "&to=" + today), 422, "366 days");
        assertThat(api.get(admin, AUDIT + "?limit=0").statusCode()).isEqualTo(400);
        assertThat(api.get(admin, AUDIT + "?from=yesterday").statusCode()).isEqualTo(400);
    }

    private static List<String> actions(JsonNode log) {
        List<String> actions = new ArrayList<>();
        log.forEach(entry -> actions.add(entry.get("action").asString()));
        return actions;
    }

    private static List<UUID> units(JsonNode log) {
        List<UUID> units = new ArrayList<>();
        log.forEach(entry -> units.add(UUID.fromString(entry.get("unitId").asString())));
        return units;
    }

    private static JsonNode entry(JsonNode log, String action) {
        for (JsonNode entry : log) {
            if (entry.get("action").asString().equals(action)) {
                return entry;
            }
        }
        throw new AssertionError("no " + action + " in " + log);
    }
}
