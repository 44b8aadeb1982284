package no.virksomhetsplan.checklists.demo;

import static no.virksomhetsplan.checklists.ChecklistsApi.DISTRIBUTIONS;
import static no.virksomhetsplan.checklists.ChecklistsApi.ISSUER;
import static no.virksomhetsplan.checklists.ChecklistsApi.JSON;
import static no.virksomhetsplan.checklists.ChecklistsApi.RESPONSES;
import static no.virksomhetsplan.checklists.ChecklistsApi.TEMPLATES;
import static no.virksomhetsplan.checklists.ChecklistsApi.created;
import static no.virksomhetsplan.checklists.ChecklistsApi.json;
import static no.virksomhetsplan.checklists.ChecklistsApi.ok;
import static no.virksomhetsplan.checklists.ChecklistsApi.questionId;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.checklists.ApiTestBase;
import no.virksomhetsplan.contracts.org.OrgUnitCreated;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The demo checklists (dev/demo/fjordvik-checklists.json) go through this service's real rules, as the launcher loads
 * them through the API: Fjordvik's tree from dev/demo and its people from the realm file, in a municipality of the
 * test's own, each action by the person the file names, with that person's org unit and role.
 */
class DemoChecklistsApiTest extends ApiTestBase {

    private static final Path DEV = Path.of("../../dev");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

    private final String realm = "demo" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, UUID> units = new HashMap<>();
    private final Map<String, JsonNode> people = new HashMap<>();

    @Test
    void theDemoLoadsAndShowsInTheOverview() throws IOException {
        ISSUER.addRealm(realm);
        fjordviksTree();
        JsonNode demo = JSON.readTree(DEV.resolve("demo/fjordvik-checklists.json").toFile());
        String admin = demo.get("admin").asString();

        Map<String, String> templates = new HashMap<>();
        for (JsonNode template : demo.get("templates")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", template.get("name").asString());
            body.put("area", template.get("area").asString());
            body.put("description", template.get("description").asString());
            body.put("categories", template.get("categories"));
            templates.put(template.get("key").asString(), created(api.client().post(token(admin), TEMPLATES, json(body))).get("id").asString());
        }
        Map<String, String> distributions = new HashMap<>();
        for (JsonNode distribution : demo.get("distributions")) {
            String kind = distribution.get("period").asString();
            List<Map<String, Object>> targets = new ArrayList<>();
            distribution.get("targets").forEach(target -> {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("unitId", units.get(target.get("unit").asString()));
                t.put("includeSubtree", target.path("includeSubtree").asBoolean(false));
                t.put("responsible", target.path("responsible").asString(null));
                targets.add(t);
            });
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("templateId", templates.get(distribution.get("template").asString()));
            body.put("period", Map.of("kind", kind, "year", TODAY.getYear(), "number", kind.equals("MONTH") ? TODAY.getMonthValue() : 1));
            body.put("deadline", day(distribution.get("deadline").asString()).toString());
            body.put("includeInMonthlyReport", distribution.get("includeInMonthlyReport").asBoolean());
            body.put("targets", targets);
            distributions.put(distribution.get("key").asString(),
                    created(api.client().post(token(admin), DISTRIBUTIONS, json(body))).get("id").asString());
        }
        int deviations = 0;
        for (JsonNode response : demo.get("responses")) {
            String by = token(response.get("by").asString());
            UUID unit = units.get(response.get("unit").asString());
            String distribution = distributions.get(response.get("distribution").asString());
            String responseId = null;
            for (JsonNode open : api.get(token(admin), DISTRIBUTIONS + "/" + distribution + "/not-submitted?size=500&unitId=" + unit)) {
                if (open.get("unit").get("id").asString().equals(unit.toString())) {
                    responseId = open.get("responseId").asString();
                }
            }
            String path = RESPONSES + "/" + responseId;
            JsonNode sheet = api.get(by, path);
            List<Map<String, Object>> answers = new ArrayList<>();
            for (JsonNode given : response.get("answers")) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("questionId", questionId(sheet, given.get("question").asString()));
                for (String field : List.of("text", "checked", "choice", "number", "reason", "comment", "evidence")) {
                    if (given.has(field)) {
                        answer.put(field, given.get(field));
                    }
                }
                answers.add(answer);
            }
            JsonNode saved = ok(api.client().put(by, path + "/answers", json(Map.of("answers", answers))));
            if (response.path("submit").asBoolean(false)) {
                ok(api.client().post(by, path + "/submit", json(Map.of("version", saved.get("version").asLong()))));
            }
            for (JsonNode deviation : response.path("deviations")) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("questionId", questionId(sheet, deviation.get("question").asString()));
                body.put("description", deviation.get("description").asString());
                body.put("severity", deviation.get("severity").asString());
                body.put("responsible", deviation.get("responsible").asString());
                body.put("deadline", day(deviation.get("deadline").asString()).toString());
                created(api.client().post(by, path + "/deviations", json(body)));
                deviations++;
            }
        }

        String ingrid = token("ingrid.fjeld");
        JsonNode hms = api.get(ingrid, DISTRIBUTIONS + "/" + distributions.get("hms") + "/overview");
        assertThat(hms.get("counts").get("assigned").asLong()).as("every unit of Fjordvik").isEqualTo(units.size());
        assertThat(hms.get("counts").get("submitted").asLong()).isEqualTo(4);
        assertThat(hms.get("counts").get("draft").asLong()).isEqualTo(1);
        assertThat(hms.get("counts").get("deviationsOpen").asLong()).isEqualTo(3);
        JsonNode ik = api.get(ingrid, DISTRIBUTIONS + "/" + distributions.get("ik") + "/overview");
        assertThat(ik.get("counts").get("submitted").asLong()).isEqualTo(2);
        assertThat(api.get(ingrid, "/api/checklists/deviations")).hasSize(deviations);
    }

    private void fjordviksTree() throws IOException {
        for (String line : Files.readAllLines(DEV.resolve("demo/fjordvik-org-units.csv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("externalCode") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            UUID id = UUID.randomUUID();
            UUID parent = cells[3].isEmpty() ? null : units.get(cells[3]);
            List<UUID> ancestors = parent == null ? List.of() : lineage(cells[3]);
            String leader = cells[4].isEmpty() ? null : cells[4];
            transaction.executeWithoutResult(tx -> replica.apply(realm, new OrgUnitCreated(id, parent, ancestors, cells[1], cells[0],
                    cells[2], 1, leader, null)));
            units.put(cells[0], id);
        }
        for (JsonNode user : JSON.readTree(DEV.resolve("keycloak/fjordvik-realm.json").toFile()).get("users")) {
            people.put(user.get("username").asString(), user);
        }
    }

    private List<UUID> lineage(String code) {
        List<UUID> lineage = new ArrayList<>();
        UUID id = units.get(code);
        lineage.add(id);
        replica.unit(realm, id).ifPresent(unit -> {
            lineage.clear();
            for (String part : unit.path().split("/")) {
                if (!part.isEmpty()) {
                    lineage.add(UUID.fromString(part));
                }
            }
        });
        return lineage;
    }

    /** A token of the realm-file user: their own unit and role, in the test's municipality. */
    private String token(String username) {
        JsonNode user = people.get(username);
        List<String> roles = new ArrayList<>();
        user.get("realmRoles").forEach(role -> {
            if (!role.asString().startsWith("default-roles")) {
                roles.add(role.asString());
            }
        });
        return ISSUER.token("fjordvik-medarbeider", Map.of("iss", ISSUER.issuerUri(realm), "tenant", realm,
                "org_unit", user.get("attributes").get("org_unit").get(0).asString(), "preferred_username", username,
                "sub", UUID.nameUUIDFromBytes((realm + username).getBytes(StandardCharsets.UTF_8)).toString(),
                "realm_access", Map.of("roles", roles)));
    }

    private static LocalDate day(String text) {
        return text.endsWith("d") ? TODAY.plusDays(Long.parseLong(text.substring(0, text.length() - 1))) : LocalDate.parse(text);
    }
}
