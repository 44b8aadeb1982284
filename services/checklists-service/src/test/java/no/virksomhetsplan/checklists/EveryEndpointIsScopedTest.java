package no.virksomhetsplan.checklists;

import static no.virksomhetsplan.checklists.ChecklistsApi.DEVIATIONS;
import static no.virksomhetsplan.checklists.ChecklistsApi.DISTRIBUTIONS;
import static no.virksomhetsplan.checklists.ChecklistsApi.ISSUER;
import static no.virksomhetsplan.checklists.ChecklistsApi.JSON;
import static no.virksomhetsplan.checklists.ChecklistsApi.RESPONSES;
import static no.virksomhetsplan.checklists.ChecklistsApi.aDistribution;
import static no.virksomhetsplan.checklists.ChecklistsApi.anHmsTemplate;
import static no.virksomhetsplan.checklists.ChecklistsApi.answers;
import static no.virksomhetsplan.checklists.ChecklistsApi.created;
import static no.virksomhetsplan.checklists.ChecklistsApi.id;
import static no.virksomhetsplan.checklists.ChecklistsApi.json;
import static no.virksomhetsplan.checklists.ChecklistsApi.ok;
import static no.virksomhetsplan.checklists.ChecklistsApi.questionId;
import static no.virksomhetsplan.checklists.ChecklistsApi.yesNo;
import static no.virksomhetsplan.testsupport.People.aUsername;
import static no.virksomhetsplan.testsupport.People.adminOf;
import static no.virksomhetsplan.testsupport.People.employeeOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.virksomhetsplan.testsupport.People;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the system's security matrix (e2e, ADR 0013) asks of every endpoint, here against this service alone: every
 * endpoint of its OpenAPI document refuses a fagsystem client with 403; another municipality's administrator, asking
 * with real ids of this municipality's data, gets no 5xx and nothing of it; an employee who is not named for anything
 * changes nothing.
 */
class EveryEndpointIsScopedTest extends ApiTestBase {

    private static final Pattern VARIABLES = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");

    private record Endpoint(String method, String template, JsonNode operation) {
    }

    @Test
    void everyEndpointAuthenticatesAndStaysInsideItsMunicipalityAndReach() {
        String admin = adminOf(fjordvik.kommune, aUsername("hilde.admin"));
        JsonNode template = api.aTemplate(admin, anHmsTemplate());
        JsonNode march = api.distribute(admin, aDistribution(id(template), fjordvik.oppvekst, 2027, 3, LocalDate.of(2027, 4, 5)));
        UUID nordskogen = null;
        for (JsonNode open : api.get(admin, DISTRIBUTIONS + "/" + id(march) + "/not-submitted")) {
            if (open.get("unit").get("id").asString().equals(fjordvik.nordskogen.id().toString())) {
                nordskogen = UUID.fromString(open.get("responseId").asString());
            }
        }
        UUID exitsFree = questionId(template, "Er rømningsveiene frie?");
        ok(api.client().put(fjordvik.rektorNordskogenToken(), RESPONSES + "/" + nordskogen + "/answers",
                answers(yesNo(exitsFree, "NO", null))));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("questionId", exitsFree);
        report.put("description", "Nødutgangen er blokkert.");
        report.put("severity", "HIGH");
        report.put("responsible", fjordvik.rektorNordskogen);
        report.put("deadline", "2027-04-15");
        JsonNode deviation = created(api.client().post(fjordvik.rektorNordskogenToken(), RESPONSES + "/" + nordskogen + "/deviations",
                json(report)));
        List<String> fjordvikIds = List.of(id(template).toString(), id(march).toString(), nordskogen.toString(),
                id(deviation).toString(), exitsFree.toString());

        JsonNode document = JSON.readTree(api.client().get(null, "/v3/api-docs").body());
        assertThat(document.path("openapi").asString()).startsWith("3.1");
        List<Endpoint> endpoints = new ArrayList<>();
        for (var path : document.path("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                endpoints.add(new Endpoint(operation.getKey().toUpperCase(Locale.ROOT), path.getKey(), operation.getValue()));
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    assertThat(parameter.path("name").asString()).as(path.getKey() + ": the caller comes from the token").isNotEqualTo("caller");
                }
            }
        }
        assertThat(endpoints).extracting(e -> e.method() + " " + e.template()).contains(
                "GET /api/checklists/templates", "POST /api/checklists/templates", "PUT /api/checklists/templates/{id}",
                "POST /api/checklists/distributions", "GET /api/checklists/distributions/{id}/overview",
                "PUT /api/checklists/responses/{id}/answers", "POST /api/checklists/responses/{id}/submit",
                "GET /api/checklists/responses/{id}/history", "POST /api/checklists/responses/{id}/deviations",
                "GET /api/checklists/deviations");

        String fagsystem = ISSUER.token("fjordvik-fagsystem");
        String nordlia = ISSUER.tokenInRealm("nordlia", "nordlia-admin");
        String stranger = employeeOf(fjordvik.sjobakken, aUsername("kari.ansatt"));
        for (Endpoint endpoint : endpoints) {
            String body = UNSAFE.contains(endpoint.method()) && !endpoint.method().equals("DELETE") ? "{}" : null;
            HttpResponse<String> machine = call(endpoint, fagsystem, List.of(UUID.randomUUID().toString()), body);
            assertThat(machine.statusCode()).as("fagsystem: " + endpoint.method() + " " + endpoint.template()).isEqualTo(403);
            assertProblemJson(machine);

            HttpResponse<String> other = call(endpoint, nordlia, fjordvikIds, body);
            assertThat(other.statusCode()).as("nordlia: " + describe(other)).isLessThan(500).isNotEqualTo(401);
            if (body != null) {
                assertThat(other.statusCode()).as("nordlia changes nothing: " + describe(other)).isGreaterThanOrEqualTo(400);
            }
            if (other.statusCode() >= 400) {
                assertProblemJson(other);
            }
            Set<String> asked = Set.copyOf(idsIn(other.request().uri().toString()));
            assertThat(idsIn(other.body())).as("nothing of Fjordvik: " + describe(other))
                    .allSatisfy(found -> assertThat(asked.contains(found) || !fjordvikIds.contains(found)).isTrue());

            if (body != null && endpoint.template().contains("{")) {
                for (String real : List.of(answers(yesNo(exitsFree, "YES", null)), json(Map.of("version", 1)), json(report))) {
                    HttpResponse<String> employee = call(endpoint, stranger, fjordvikIds, real);
                    assertThat(employee.statusCode()).as("an employee named for nothing: " + describe(employee))
                            .isBetween(400, 499);
                }
            }
        }
        assertThat(api.get(fjordvik.rektorNordskogenToken(), RESPONSES + "/" + nordskogen + "/history")).hasSize(1);
        assertThat(api.get(admin, DEVIATIONS)).hasSize(1);
    }

    private HttpResponse<String> call(Endpoint endpoint, String token, List<String> ids, String body) {
        Matcher variables = VARIABLES.matcher(endpoint.template());
        StringBuilder path = new StringBuilder();
        int i = 0;
        while (variables.find()) {
            String name = variables.group(1);
            String value = name.toLowerCase(Locale.ROOT).contains("version") || name.toLowerCase(Locale.ROOT).contains("year")
                    ? "1" : ids.get(i++ % ids.size());
            variables.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variables.appendTail(path);
        List<String> query = new ArrayList<>();
        for (JsonNode parameter : endpoint.operation().path("parameters")) {
            if (parameter.path("in").asString().equals("query") && parameter.path("required").asBoolean(false)) {
                query.add(parameter.path("name").asString() + "=2027");
            }
        }
        String url = path + (query.isEmpty() ? "" : "?" + String.join("&", query));
        return switch (endpoint.method()) {
            case "GET" -> api.client().get(token, url);
            case "POST" -> api.client().post(token, url, body);
            case "PUT" -> api.client().put(token, url, body);
            case "DELETE" -> api.client().delete(token, url);
            default -> throw new AssertionError("unexpected method " + endpoint.method());
        };
    }

    private static List<String> idsIn(String text) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").matcher(text);
        while (matcher.find()) {
            ids.add(matcher.group());
        }
        return ids;
    }

    private static void assertProblemJson(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).as(describe(response))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    private static String describe(HttpResponse<String> response) {
        String body = response.body();
        return response.request().method() + " " + response.request().uri() + " -> " + response.statusCode() + " "
                + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
    }
}
