package no.virksomhetsplan.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The demo municipality's plan for a year, loaded through the public API by the people who would do it:
 * the kommunedirektør opens and activates the plan year, sets the kommuneplan and HØP goals and ticks them
 * for the sectors and units; each sender writes and sends their assignment letters, and the receiving leaders
 * acknowledge them. From dev/demo/&lt;realm&gt;-plans.json; only when the plan year does not exist yet.
 */
final class DemoPlans {

    private final DemoApi api;
    private final JsonNode plan;
    private final String steering;
    private final int year;
    private final Map<String, String> unitIds = new HashMap<>();
    private final Map<String, String> goalIds = new LinkedHashMap<>();

    private DemoPlans(DemoApi api, JsonNode plan) {
        this.api = api;
        this.plan = plan;
        this.steering = plan.get("steeringUser").asString();
        this.year = plan.get("year").asInt();
    }

    /** @return a one-line summary, or null when there is nothing to load */
    static String load(DemoApi api, Path demoDir) {
        Path file = demoDir.resolve(api.realm().realm() + "-plans.json");
        if (!Files.exists(file)) {
            return null;
        }
        return new DemoPlans(api, api.json().readTree(file.toFile())).load();
    }

    private String load() {
        for (JsonNode existing : api.get(steering, "/api/plans/plan-years")) {
            if (existing.get("year").asInt() == year) {
                return null;
            }
        }
        api.post(steering, "/api/plans/plan-years", Map.of("year", year), 201);
        api.post(steering, "/api/plans/plan-years/" + year + "/activate", Map.of(), 200);
        api.get(steering, "/api/plans/org-units")
                .forEach(unit -> unitIds.put(unit.path("externalCode").asString(), unit.get("id").asString()));
        plan.get("goals").forEach(this::createGoal);
        int ticks = 0;
        for (JsonNode unitGoals : plan.get("unitGoals")) {
            for (JsonNode goal : unitGoals.get("goals")) {
                api.put(steering, "/api/plans/org-units/" + unit(unitGoals.get("unit")) + "/goals/"
                        + goalIds.get(goal.asString()) + "?year=" + year, Map.of());
                ticks++;
            }
        }
        int acknowledged = 0;
        for (JsonNode letter : plan.get("letters")) {
            acknowledged += sendLetter(letter) ? 1 : 0;
        }
        return "plan year " + year + ", " + goalIds.size() + " goals ticked " + ticks + " times, "
                + plan.get("letters").size() + " assignment letters sent (" + acknowledged + " acknowledged)";
    }

    private void createGoal(JsonNode goal) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", goal.get("title").asString());
        body.put("ownerUnitId", unit(goal.get("owner")));
        body.put("fromYear", goal.get("fromYear").asInt());
        body.put("toYear", goal.get("toYear").asInt());
        body.put("source", goal.get("source"));
        body.put("indicators", goal.has("indicators") ? goal.get("indicators") : List.of());
        if (goal.has("parent")) {
            body.put("parentId", goalIds.get(goal.get("parent").asString()));
        }
        JsonNode created = api.post(steering, "/api/plans/goals", body, 201);
        goalIds.put(goal.get("key").asString(), created.get("id").asString());
    }

    /** Writes and sends the letter as its sender; the receiving leader acknowledges it if the demo says so. */
    private boolean sendLetter(JsonNode letter) {
        String sender = letter.get("by").asString();
        List<String> goals = new ArrayList<>();
        letter.get("goals").forEach(goal -> goals.add(goalIds.get(goal.asString())));
        JsonNode draft = api.post(sender, "/api/plans/letters", Map.of("year", year,
                "fromUnitId", unit(letter.get("from")), "toUnitId", unit(letter.get("to")),
                "title", letter.get("title").asString(), "sections", letter.get("sections"), "goalIds", goals), 201);
        String path = "/api/plans/letters/" + draft.get("id").asString();
        JsonNode sent = api.post(sender, path + "/send", Map.of("version", draft.get("version").asLong()), 200);
        if (!letter.has("acknowledgedBy")) {
            return false;
        }
        api.post(letter.get("acknowledgedBy").asString(), path + "/acknowledge",
                Map.of("revision", sent.path("latest").path("revision").asInt(1)), 200);
        return true;
    }

    private String unit(JsonNode code) {
        String id = unitIds.get(code.asString());
        if (id == null) {
            throw new IllegalStateException("the demo plan names unit " + code.asString() + ", which is not in the org tree");
        }
        return id;
    }
}
