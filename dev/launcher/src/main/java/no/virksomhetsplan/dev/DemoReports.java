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
 * The demo municipality's T1 reports, through the public API by the people who would write them: each leader creates
 * the report (filled from reporting-service's read models), writes the overall text and a status text on each
 * assignment, submits it; the leader above approves or returns it. From dev/demo/&lt;realm&gt;-reports.json; only when
 * the municipality's own unit has no report for the period yet.
 */
final class DemoReports {

    private final DemoApi api;
    private final JsonNode demo;
    private final Map<String, String> unitIds = new HashMap<>();
    private int approved;
    private int returned;
    private int drafts;

    private DemoReports(DemoApi api, JsonNode demo) {
        this.api = api;
        this.demo = demo;
    }

    /** @return a one-line summary, or null when there is nothing to load */
    static String load(DemoApi api, Path demoDir) {
        Path file = demoDir.resolve(api.realm().realm() + "-reports.json");
        if (!Files.exists(file)) {
            return null;
        }
        return new DemoReports(api, api.json().readTree(file.toFile())).load();
    }

    private String load() {
        String period = demo.get("period").asString();
        List<JsonNode> reports = new ArrayList<>();
        demo.get("reports").forEach(reports::add);
        JsonNode top = reports.get(reports.size() - 1);
        waitForUnits(top.get("by").asString(), reports);
        if (!api.get(top.get("by").asString(), "/api/reporting/reports?period=" + period + "&unitId="
                + unitIds.get(top.get("unit").asString())).isEmpty()) {
            return null;
        }
        for (JsonNode report : reports) {
            write(report, period);
        }
        return reports.size() + " reports for " + period + " (" + approved + " approved, " + returned + " returned, " + drafts
                + " still drafts)";
    }

    private void write(JsonNode report, String period) {
        String by = report.get("by").asString();
        Map<String, Object> create = new LinkedHashMap<>();
        create.put("unitId", unitIds.get(report.get("unit").asString()));
        create.put("period", period);
        JsonNode created = api.post(by, "/api/reporting/reports", create, 201);
        String path = "/api/reporting/reports/" + created.get("id").asString();
        List<Map<String, Object>> texts = new ArrayList<>();
        if (report.has("itemText")) {
            for (JsonNode item : created.get("items")) {
                if (item.get("section").asString().equals("ASSIGNMENT")) {
                    texts.add(Map.of("section", "ASSIGNMENT", "refId", item.get("refId").asString(),
                            "statusText", report.get("itemText").asString()));
                }
            }
        }
        Map<String, Object> write = new LinkedHashMap<>();
        write.put("version", created.get("version").asLong());
        write.put("overallText", report.get("overall").asString());
        write.put("items", texts);
        api.put(by, path + "/texts", write);
        if (!report.path("submit").asBoolean(false)) {
            drafts++;
            return;
        }
        api.post(by, path + "/submit", Map.of(), 200);
        if (report.has("approveBy")) {
            api.post(report.get("approveBy").asString(), path + "/approve", Map.of(), 200);
            approved++;
        } else if (report.has("returnBy")) {
            api.post(report.get("returnBy").asString(), path + "/return", Map.of("comment", report.get("comment").asString()), 200);
            returned++;
        }
    }

    /** reporting-service's org-tree replica follows plans-service's events; right after the import it may need a moment. */
    private void waitForUnits(String username, List<JsonNode> reports) {
        for (int attempt = 1; ; attempt++) {
            unitIds.clear();
            api.get(username, "/api/reporting/org-units")
                    .forEach(unit -> unitIds.put(unit.path("externalCode").asString(), unit.get("id").asString()));
            if (reports.stream().allMatch(report -> unitIds.containsKey(report.get("unit").asString()))) {
                return;
            }
            if (attempt == DemoApi.REPLICA_WAIT_ATTEMPTS) {
                throw new IllegalStateException("reporting-service does not know every demo unit yet");
            }
            try {
                Thread.sleep(DemoApi.REPLICA_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}
