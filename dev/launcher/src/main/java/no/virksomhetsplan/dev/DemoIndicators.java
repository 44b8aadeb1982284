package no.virksomhetsplan.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The demo municipality's indicators with two years of monthly values, loaded through the public API by those who
 * would do it: the administrator defines the indicators; each fagsystem's values arrive as that fagsystem delivers
 * them (the realm's fagsystem client, POST /api/indicators/fagsystem/values); values entered by hand are uploaded as
 * CSV by the administrator. From dev/demo/&lt;realm&gt;-indicators.json; only when none of its indicators exists yet.
 */
final class DemoIndicators {

    private static final String DEFINITIONS = "/api/indicators/definitions";
    private static final int PER_REQUEST = 1000;

    private final DemoApi api;
    private final JsonNode file;
    private final String admin;

    private DemoIndicators(DemoApi api, JsonNode file, String admin) {
        this.api = api;
        this.file = file;
        this.admin = admin;
    }

    /** @return a one-line summary, or null when there is nothing to load */
    static String load(DemoApi api, Path demoDir, YearMonth lastMonth) {
        RealmFile realm = api.realm();
        Path path = demoDir.resolve(realm.realm() + "-indicators.json");
        if (!Files.exists(path) || realm.fagsystemClient().isEmpty()) {
            return null;
        }
        String admin = realm.firstUserWithRole("admin")
                .orElseThrow(() -> new IllegalStateException("no user with the admin role in the realm file")).username();
        return new DemoIndicators(api, api.json().readTree(path.toFile()), admin).load(lastMonth);
    }

    private String load(YearMonth lastMonth) {
        Set<String> existing = new HashSet<>();
        api.get(admin, DEFINITIONS).forEach(indicator -> existing.add(indicator.get("key").asString()));
        for (JsonNode indicator : file.get("indicators")) {
            if (existing.contains(indicator.get("key").asString())) {
                return null;
            }
        }
        Map<String, String> unitIds = new HashMap<>();
        api.get(admin, "/api/plans/org-units").forEach(unit -> unitIds.put(unit.path("externalCode").asString(), unit.get("id").asString()));
        List<DemoIndicatorValues.Value> delivered = new ArrayList<>();
        List<DemoIndicatorValues.Value> byHand = new ArrayList<>();
        for (JsonNode indicator : file.get("indicators")) {
            createDefinition(definition(indicator, unitIds));
            List<DemoIndicatorValues.Value> values = DemoIndicatorValues.history(indicator, lastMonth);
            (indicator.get("source").asString().equals("MANUAL") ? byHand : delivered).addAll(values);
        }
        int stored = 0;
        for (int from = 0; from < delivered.size(); from += PER_REQUEST) {
            List<Map<String, Object>> batch = delivered.subList(from, Math.min(delivered.size(), from + PER_REQUEST)).stream()
                    .map(DemoIndicators::asDelivered).toList();
            stored += api.postAsFagsystem("/api/indicators/fagsystem/values", batch, 200).get("stored").asInt();
        }
        int entered = upload(byHand);
        return file.get("indicators").size() + " indicators, " + stored + " values from fagsystemer and " + entered
                + " entered by hand, " + DemoIndicatorValues.MONTHS + " months up to " + lastMonth;
    }

    /**
     * indicators-service's org-tree replica follows plans-service's events: right after the import it may not know every
     * unit yet, and answers 404 naming them (and creates nothing). Asked again every half second, up to 30 s.
     */
    private void createDefinition(Map<String, Object> definition) {
        DemoApi.onceTheReplicaCaughtUp("org units do not exist", () -> api.post(admin, DEFINITIONS, definition, 201));
    }

    /** The values entered by hand, as one CSV upload; waits (a while) for it to finish. */
    private int upload(List<DemoIndicatorValues.Value> values) {
        if (values.isEmpty()) {
            return 0;
        }
        String csv = "indicatorKey;unitCode;period;value\n" + values.stream()
                .map(v -> v.indicatorKey() + ";" + v.unitCode() + ";" + v.period() + ";" + v.value().toPlainString().replace('.', ','))
                .collect(Collectors.joining("\n")) + "\n";
        JsonNode started = api.post(admin, "/api/indicators/value-imports?fileName=demo.csv", "text/csv; charset=utf-8", csv, 202);
        String progress = "/api/indicators/value-imports/" + started.get("id").asString();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        JsonNode upload = started;
        while ("RUNNING".equals(upload.get("state").asString()) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            upload = api.get(admin, progress);
        }
        return upload.get("stored").asInt();
    }

    private static Map<String, Object> definition(JsonNode indicator, Map<String, String> unitIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("key", "names", "unitOfMeasure", "aggregation", "periodicity", "serviceArea", "minValue", "maxValue",
                "source", "rollUp")) {
            body.put(field, indicator.get(field));
        }
        List<String> units = new ArrayList<>();
        for (JsonNode code : indicator.get("units")) {
            String id = unitIds.get(code.asString());
            if (id == null) {
                throw new IllegalStateException("the demo indicator " + indicator.get("key").asString() + " names unit " + code.asString()
                        + ", which is not in the org tree");
            }
            units.add(id);
        }
        body.put("unitIds", units);
        return body;
    }

    static Map<String, Object> asDelivered(DemoIndicatorValues.Value value) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("indicatorKey", value.indicatorKey());
        data.put("unitCode", value.unitCode());
        data.put("period", value.period());
        data.put("value", value.value());
        data.put("sourceSystem", value.sourceSystem());
        data.put("sourceEventId", value.sourceEventId());
        return data;
    }
}
