package no.virksomhetsplan.checklists;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.testsupport.ApiClient;
import no.virksomhetsplan.testsupport.OrgTree.Unit;
import no.virksomhetsplan.testsupport.OrgTree;
import no.virksomhetsplan.testsupport.TestIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * checklists-service's API as tests use it: people of the units a test built (tokens from the real Keycloak claim sets,
 * with the test unit's code, their own username and role), and an HMS template with plausible Fjordvik content.
 */
public final class ChecklistsApi {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    public static final TestIssuer ISSUER = TestIssuer.shared();
    public static final String TEMPLATES = "/api/checklists/templates";
    public static final String DISTRIBUTIONS = "/api/checklists/distributions";
    public static final String RESPONSES = "/api/checklists/responses";
    public static final String DEVIATIONS = "/api/checklists/deviations";

    private final ApiClient api;

    public ChecklistsApi(int port) {
        this.api = ApiClient.onLocalPort(port);
    }

    public ApiClient client() {
        return api;
    }









    public static Map<String, Object> question(String text, String type, boolean required) {
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("text", text);
        question.put("type", type);
        question.put("required", required);
        return question;
    }

    /** Fjordvik's monthly HMS checklist: two categories, three checkpoints, one question of each type and one more. */
    public static Map<String, Object> anHmsTemplate() {
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("name", "HMS-sjekkliste for virksomheter");
        template.put("area", "HSE");
        template.put("description", "Månedlig egenkontroll av helse, miljø og sikkerhet.");
        template.put("categories", List.of(
                Map.of("title", "Brannvern", "checkpoints", List.of(
                        Map.of("title", "Rømningsveier", "questions", List.of(
                                question("Er rømningsveiene frie?", "YES_NO", true),
                                question("Er nødlyset kontrollert?", "CHECKBOX", true))),
                        Map.of("title", "Brannøvelser", "questions", List.of(
                                question("Antall brannøvelser siste måned", "NUMBER", false))))),
                Map.of("title", "Arbeidsmiljø", "checkpoints", List.of(
                        Map.of("title", "Sykefravær", "questions", List.of(
                                question("Er sykefraværet fulgt opp etter rutinen?", "YES_NO", true),
                                question("Tiltak som er satt i verk", "TEXT", false)))))));
        return template;
    }

    /** Gives the template to a unit and its whole subtree, for a month, with a deadline. */
    public static Map<String, Object> aDistribution(UUID template, Unit unit, int year, int month, LocalDate deadline) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("templateId", template);
        body.put("period", Map.of("kind", "MONTH", "year", year, "number", month));
        body.put("deadline", deadline.toString());
        body.put("includeInMonthlyReport", true);
        body.put("targets", List.of(Map.of("unitId", unit.id(), "includeSubtree", true)));
        return body;
    }

    public static Map<String, Object> yesNo(UUID question, String choice, String reason) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("questionId", question);
        answer.put("choice", choice);
        if (reason != null) {
            answer.put("reason", reason);
        }
        return answer;
    }

    public static Map<String, Object> answer(UUID question, String field, Object value) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("questionId", question);
        answer.put(field, value);
        return answer;
    }

    @SafeVarargs
    public static String answers(Map<String, Object>... answers) {
        return json(Map.of("answers", List.of(answers)));
    }

    public JsonNode aTemplate(String token, Map<String, Object> body) {
        return created(api.post(token, TEMPLATES, json(body)));
    }

    public JsonNode distribute(String token, Map<String, Object> body) {
        return created(api.post(token, DISTRIBUTIONS, json(body)));
    }

    public JsonNode get(String token, String path) {
        return ok(api.get(token, path));
    }

    /** The id of the question with this text in a template or a checklist. */
    public static UUID questionId(JsonNode withCategories, String text) {
        for (JsonNode category : withCategories.get("categories")) {
            for (JsonNode checkpoint : category.get("checkpoints")) {
                for (JsonNode question : checkpoint.get("questions")) {
                    if (question.get("text").asString().equals(text)) {
                        return UUID.fromString(question.get("id").asString());
                    }
                }
            }
        }
        throw new AssertionError("no question " + text);
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    public static JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    public static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The response is RFC 9457 problem details with this status, and its text names the problem. */
    public static JsonNode assertProblem(HttpResponse<String> response, int status, String problem) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains(problem);
        return JSON.readTree(response.body());
    }

    public static UUID id(JsonNode json) {
        return UUID.fromString(json.get("id").asString());
    }
}
