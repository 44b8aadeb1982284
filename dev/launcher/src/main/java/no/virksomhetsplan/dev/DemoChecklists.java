package no.virksomhetsplan.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The demo municipality's checklists, loaded through the public API by the people who would do it: the administrator
 * defines the templates and gives them to the units, leaders (or the person named for a unit) answer, some submit,
 * and some answers raise deviations, which assignments-service follows up. Periods are the month and year of the day
 * of loading; deadlines written as {@code +10d} count from that day. From dev/demo/&lt;realm&gt;-checklists.json; only
 * when the municipality has no checklist templates yet.
 */
final class DemoChecklists {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final DemoApi api;
    private final JsonNode demo;
    private final String admin;
    private final LocalDate today = LocalDate.now(NORWAY);
    private final Map<String, String> unitIds = new HashMap<>();
    private final Map<String, JsonNode> templates = new HashMap<>();
    private final Map<String, String> distributions = new HashMap<>();
    private int submitted;
    private int drafts;
    private int deviations;

    private DemoChecklists(DemoApi api, JsonNode demo) {
        this.api = api;
        this.demo = demo;
        this.admin = demo.get("admin").asString();
    }

    /** @return a one-line summary, or null when there is nothing to load */
    static String load(DemoApi api, Path demoDir) {
        Path file = demoDir.resolve(api.realm().realm() + "-checklists.json");
        if (!Files.exists(file)) {
            return null;
        }
        return new DemoChecklists(api, api.json().readTree(file.toFile())).load();
    }

    private String load() {
        api.get(admin, "/api/plans/org-units")
                .forEach(unit -> unitIds.put(unit.path("externalCode").asString(), unit.get("id").asString()));
        if (!api.get(admin, "/api/checklists/templates").isEmpty()) {
            return null;
        }
        awaitReplica(unit(demo.get("distributions").get(0).get("targets").get(0).get("unit")));
        for (JsonNode template : demo.get("templates")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", template.get("name").asString());
            body.put("area", template.get("area").asString());
            body.put("description", template.path("description").asString(null));
            body.put("categories", template.get("categories"));
            templates.put(template.get("key").asString(), api.post(admin, "/api/checklists/templates", body, 201));
        }
        for (JsonNode distribution : demo.get("distributions")) {
            distribute(distribution);
        }
        for (JsonNode response : demo.get("responses")) {
            answer(response);
        }
        return templates.size() + " templates given to every unit, " + submitted + " checklists submitted, " + drafts
                + " drafts, " + deviations + " deviations";
    }

    private void distribute(JsonNode distribution) {
        String kind = distribution.get("period").asString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("templateId", templates.get(distribution.get("template").asString()).get("id").asString());
        body.put("period", Map.of("kind", kind, "year", today.getYear(), "number", kind.equals("MONTH") ? today.getMonthValue() : 1));
        body.put("deadline", day(distribution.get("deadline")).toString());
        body.put("includeInMonthlyReport", distribution.path("includeInMonthlyReport").asBoolean(false));
        List<Map<String, Object>> targets = new ArrayList<>();
        for (JsonNode target : distribution.get("targets")) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("unitId", unit(target.get("unit")));
            t.put("includeSubtree", target.path("includeSubtree").asBoolean(false));
            t.put("responsible", target.path("responsible").asString(null));
            targets.add(t);
        }
        body.put("targets", targets);
        distributions.put(distribution.get("key").asString(),
                api.post(admin, "/api/checklists/distributions", body, 201).get("id").asString());
    }

    /** The unit's checklist answered by its leader (or named person), submitted or left a draft, its deviations raised. */
    private void answer(JsonNode response) {
        String by = response.get("by").asString();
        String distributionId = distributions.get(response.get("distribution").asString());
        String unitId = unit(response.get("unit"));
        String responseId = null;
        for (JsonNode open : api.get(admin, "/api/checklists/distributions/" + distributionId + "/not-submitted?size=500&unitId="
                + unitId)) {
            if (open.get("unit").get("id").asString().equals(unitId)) {
                responseId = open.get("responseId").asString();
            }
        }
        if (responseId == null) {
            throw new IllegalStateException("no open checklist of unit " + response.get("unit").asString());
        }
        String path = "/api/checklists/responses/" + responseId;
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
        JsonNode saved = api.put(by, path + "/answers", Map.of("answers", answers));
        if (response.path("submit").asBoolean(false)) {
            api.post(by, path + "/submit", Map.of("version", saved.get("version").asLong()), 200);
            submitted++;
        } else {
            drafts++;
        }
        for (JsonNode deviation : response.path("deviations")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("questionId", questionId(sheet, deviation.get("question").asString()));
            body.put("description", deviation.get("description").asString());
            body.put("severity", deviation.get("severity").asString());
            body.put("responsible", deviation.get("responsible").asString());
            body.put("deadline", day(deviation.get("deadline")).toString());
            api.post(by, path + "/deviations", body, 201);
            deviations++;
        }
    }

    /** checklists-service's org-tree replica follows plans-service's events: right after the import it may need a moment. */
    private void awaitReplica(String unitId) {
        DemoApi.onceTheReplicaCaughtUp("", () -> api.get(admin, "/api/checklists/deviations?size=1&unitId=" + unitId));
    }

    private static String questionId(JsonNode sheet, String text) {
        for (JsonNode category : sheet.get("categories")) {
            for (JsonNode checkpoint : category.get("checkpoints")) {
                for (JsonNode question : checkpoint.get("questions")) {
                    if (question.get("text").asString().equals(text)) {
                        return question.get("id").asString();
                    }
                }
            }
        }
        throw new IllegalStateException("the demo checklists name a question \"" + text + "\" that no template has");
    }

    /** A date, or a number of days from today ({@code +10d}). */
    private LocalDate day(JsonNode value) {
        String text = value.asString();
        return text.endsWith("d") ? today.plusDays(Long.parseLong(text.substring(0, text.length() - 1))) : LocalDate.parse(text);
    }

    private String unit(JsonNode code) {
        String id = unitIds.get(code.asString());
        if (id == null) {
            throw new IllegalStateException("the demo checklists name unit " + code.asString() + ", which is not in the org tree");
        }
        return id;
    }
}
