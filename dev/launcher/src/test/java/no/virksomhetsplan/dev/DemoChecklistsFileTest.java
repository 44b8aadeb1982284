package no.virksomhetsplan.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fjordvik's demo checklists fit its tree and people as checklists-service's rules want them: the administrator gives
 * them, whoever answers leads that very unit or is named for it, every answer names a question of its template with a
 * value of the question's type, a submitted checklist answers every required question, and deviations come from answers.
 */
class DemoChecklistsFileTest {

    private static final Path DEV = Path.of("..").toAbsolutePath().normalize();
    private static final Set<String> LEADER_ROLES = Set.of("kommunedirektor", "kommunalsjef", "virksomhetsleder");
    private static final Map<String, String> VALUE_FIELD = Map.of("TEXT", "text", "CHECKBOX", "checked", "YES_NO", "choice",
            "NUMBER", "number");

    private final Set<String> units = new HashSet<>();
    private final Map<String, RealmFile.DemoUser> users = new HashMap<>();
    private JsonNode demo;

    @BeforeEach
    void read() throws IOException {
        OrgUnitCsv.read(DEV.resolve("demo/fjordvik-org-units.csv")).forEach(unit -> units.add(unit.externalCode()));
        RealmFile.read(DEV.resolve("keycloak/fjordvik-realm.json")).users().forEach(user -> users.put(user.username(), user));
        demo = JsonMapper.builder().build().readTree(DEV.resolve("demo/fjordvik-checklists.json").toFile());
    }

    @Test
    void aMonthlyHmsAndAYearlyInternalControlChecklistGivenToAllUnits() {
        assertThat(users.get(demo.get("admin").asString()).roles()).contains("admin");
        Map<String, String> periods = new HashMap<>();
        demo.get("distributions").forEach(d -> {
            periods.put(d.get("template").asString(), d.get("period").asString());
            assertThat(d.get("targets").get(0).get("unit").asString()).isEqualTo("1000");
            assertThat(d.get("targets").get(0).get("includeSubtree").asBoolean()).isTrue();
            d.get("targets").forEach(t -> assertThat(units).contains(t.get("unit").asString()));
        });
        assertThat(periods).containsEntry("hms", "MONTH").containsEntry("ik", "YEAR");
        Map<String, String> areas = new HashMap<>();
        demo.get("templates").forEach(t -> areas.put(t.get("key").asString(), t.get("area").asString()));
        assertThat(areas).containsEntry("hms", "HSE").containsEntry("ik", "INTERNAL_CONTROL");
    }

    @Test
    void everyAnswerIsOneChecklistsServiceWouldAccept() {
        Map<String, Map<String, JsonNode>> questions = new HashMap<>();
        for (JsonNode template : demo.get("templates")) {
            Map<String, JsonNode> byText = new HashMap<>();
            template.get("categories").forEach(c -> c.get("checkpoints").forEach(k -> k.get("questions")
                    .forEach(q -> byText.put(q.get("text").asString(), q))));
            questions.put(template.get("key").asString(), byText);
        }
        Map<String, Map<String, String>> named = new HashMap<>();
        Map<String, String> templateOf = new HashMap<>();
        demo.get("distributions").forEach(d -> {
            templateOf.put(d.get("key").asString(), d.get("template").asString());
            d.get("targets").forEach(t -> {
                if (t.has("responsible")) {
                    named.computeIfAbsent(d.get("key").asString(), k -> new HashMap<>()).put(t.get("unit").asString(),
                            t.get("responsible").asString());
                }
            });
        });
        int submitted = 0;
        int deviations = 0;
        for (JsonNode response : demo.get("responses")) {
            String unit = response.get("unit").asString();
            String by = response.get("by").asString();
            String distribution = response.get("distribution").asString();
            RealmFile.DemoUser user = users.get(by);
            boolean leadsIt = user.orgUnit().equals(unit) && user.roles().stream().anyMatch(LEADER_ROLES::contains);
            boolean namedForIt = by.equals(named.getOrDefault(distribution, Map.of()).get(unit));
            assertThat(leadsIt || namedForIt).as(by + " answers for " + unit).isTrue();

            Map<String, JsonNode> ofTemplate = questions.get(templateOf.get(distribution));
            Set<String> answered = new HashSet<>();
            for (JsonNode answer : response.get("answers")) {
                JsonNode question = ofTemplate.get(answer.get("question").asString());
                assertThat(question).as(answer.get("question").asString()).isNotNull();
                String field = VALUE_FIELD.get(question.get("type").asString());
                assertThat(answer.has(field)).as(answer + " answers with " + field).isTrue();
                VALUE_FIELD.values().stream().filter(other -> !other.equals(field))
                        .forEach(other -> assertThat(answer.has(other)).as(answer + " has no " + other).isFalse());
                if ("NOT_RELEVANT".equals(answer.path("choice").asString(""))) {
                    assertThat(answer.path("reason").asString("")).isNotBlank();
                }
                answered.add(answer.get("question").asString());
            }
            if (response.path("submit").asBoolean(false)) {
                submitted++;
                ofTemplate.values().stream().filter(q -> q.get("required").asBoolean())
                        .forEach(q -> assertThat(answered).as(unit + " answers every required question").contains(q.get("text").asString()));
            }
            for (JsonNode deviation : response.path("deviations")) {
                deviations++;
                assertThat(answered).contains(deviation.get("question").asString());
                assertThat(users).containsKey(deviation.get("responsible").asString());
                assertThat(deviation.get("severity").asString()).isIn("LOW", "MEDIUM", "HIGH");
            }
        }
        assertThat(submitted).as("partly answered").isBetween(3, demo.get("responses").size() - 1);
        assertThat(deviations).isGreaterThanOrEqualTo(3);
    }
}
