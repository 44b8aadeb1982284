package no.virksomhetsplan.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The demo municipality's assignments, loaded through the public API by the people who would do it: the people sign
 * in (so assignments-service knows them from their tokens), the kommunedirektør records verbalvedtak, political cases
 * and her own assignments and delegates them to the sectors, the kommunalsjefer delegate further to their units, unit
 * leaders split their delegations into tasks, and the responsible people report status. Deadlines written as
 * {@code -20d} or {@code +10d} count from the day of loading, so some items are always overdue and some always near.
 * From dev/demo/&lt;realm&gt;-assignments.json; only when the steering unit has no assignments yet.
 */
final class DemoAssignments {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final DemoApi api;
    private final JsonNode demo;
    private final String steering;
    private final LocalDate today = LocalDate.now(NORWAY);
    private final Map<String, String> unitIds = new HashMap<>();
    private int delegations;
    private int tasks;
    private int overdue;

    private DemoAssignments(DemoApi api, JsonNode demo) {
        this.api = api;
        this.demo = demo;
        this.steering = demo.get("steeringUser").asString();
    }

    /** @return a one-line summary, or null when there is nothing to load */
    static String load(DemoApi api, Path demoDir) {
        Path file = demoDir.resolve(api.realm().realm() + "-assignments.json");
        if (!Files.exists(file)) {
            return null;
        }
        return new DemoAssignments(api, api.json().readTree(file.toFile())).load();
    }

    private String load() {
        api.get(steering, "/api/plans/org-units")
                .forEach(unit -> unitIds.put(unit.path("externalCode").asString(), unit.get("id").asString()));
        String steeringUnit = unit(demo.get("assignments").get(0).get("unit"));
        if (existing(steeringUnit) > 0) {
            return null;
        }
        demo.get("people").forEach(person -> api.get(person.asString(), "/api/assignments/my-page"));
        for (JsonNode assignment : demo.get("assignments")) {
            createAssignment(assignment);
        }
        return demo.get("assignments").size() + " assignments, " + delegations + " delegations and " + tasks + " tasks ("
                + overdue + " overdue)";
    }

    private void createAssignment(JsonNode assignment) {
        String by = assignment.get("by").asString();
        LocalDate deadline = deadline(assignment.get("deadline"), null);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitId", unit(assignment.get("unit")));
        body.put("type", assignment.get("type").asString());
        body.put("title", assignment.get("title").asString());
        body.put("description", assignment.path("description").asString(null));
        body.put("source", assignment.get("source"));
        body.put("includeInMonthlyReport", assignment.path("includeInMonthlyReport").asBoolean(false));
        body.put("responsible", assignment.path("responsible").asString(null));
        body.put("deadline", deadline.toString());
        JsonNode created = api.post(by, "/api/assignments/assignments", body, 201);
        countOverdue(deadline);
        String path = "/api/assignments/assignments/" + created.get("id").asString();
        for (JsonNode delegation : assignment.path("delegations")) {
            delegate(by, path, deadline, delegation);
        }
        report(path, assignment);
    }

    /**
     * How many assignments the steering unit has, once assignments-service knows the unit: its org-tree replica follows
     * plans-service's events, so right after the tree is imported it may need a moment.
     */
    private long existing(String steeringUnit) {
        return DemoApi.onceTheReplicaCaughtUp("", () ->
                api.get(steering, "/api/assignments/assignments?size=1&unitId=" + steeringUnit).get("total").asLong());
    }

    /** Delegates from the assignment or delegation at {@code fromPath}, then whatever the demo does below it. */
    private void delegate(String by, String fromPath, LocalDate fromDeadline, JsonNode delegation) {
        LocalDate deadline = deadline(delegation.get("deadline"), fromDeadline);
        String unitId = unit(delegation.get("unit"));
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("unitId", unitId);
        order.put("responsible", delegation.path("responsible").asString(null));
        order.put("deadline", deadline.toString());
        order.put("description", delegation.path("description").asString(null));
        JsonNode answer = api.post(by, fromPath + "/delegations", Map.of("delegations", List.of(order)), 201);
        JsonNode parent = answer.has("delegation") ? answer.get("delegation") : answer;
        String id = null;
        for (JsonNode made : parent.get("delegations")) {
            if (made.get("unitId").asString().equals(unitId) && !"CANCELLED".equals(made.get("status").asString())) {
                id = made.get("id").asString();
            }
        }
        delegations++;
        countOverdue(deadline);
        String path = "/api/assignments/delegations/" + id;
        for (JsonNode further : delegation.path("delegations")) {
            delegate(further.get("by").asString(), path, deadline, further);
        }
        for (JsonNode task : delegation.path("tasks")) {
            LocalDate taskDeadline = deadline(task.get("deadline"), deadline);
            JsonNode created = api.post(task.get("by").asString(), path + "/tasks", Map.of("title", task.get("title").asString(),
                    "responsible", task.get("responsible").asString(), "deadline", taskDeadline.toString()), 201);
            tasks++;
            countOverdue(taskDeadline);
            report("/api/assignments/tasks/" + created.get("task").get("id").asString(), task);
        }
        report(path, delegation);
    }

    /** The status reports of an item, each by its writer on the version they read. */
    private void report(String path, JsonNode item) {
        for (JsonNode status : item.path("status")) {
            String by = status.get("by").asString();
            JsonNode current = api.get(by, path);
            JsonNode shown = current.has("task") ? current.get("task") : current.has("delegation") ? current.get("delegation") : current;
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("version", shown.get("version").asLong());
            body.put("status", status.get("status").asString());
            body.put("light", status.path("light").asString(null));
            body.put("comment", status.path("comment").asString(null));
            api.post(by, path + "/status", body, 200);
        }
    }

    /** A date, or a number of days from today ({@code -20d}, {@code +10d}) kept within the deadline above. */
    private LocalDate deadline(JsonNode value, LocalDate above) {
        String text = value.asString();
        LocalDate deadline = text.endsWith("d") ? today.plusDays(Long.parseLong(text.substring(0, text.length() - 1)))
                : LocalDate.parse(text);
        return above != null && deadline.isAfter(above) ? above : deadline;
    }

    private void countOverdue(LocalDate deadline) {
        overdue += deadline.isBefore(today) ? 1 : 0;
    }

    private String unit(JsonNode code) {
        String id = unitIds.get(code.asString());
        if (id == null) {
            throw new IllegalStateException("the demo assignments name unit " + code.asString() + ", which is not in the org tree");
        }
        return id;
    }
}
