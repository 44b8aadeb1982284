package no.virksomhetsplan.dev;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Loads the demo municipalities through the public API, as a real admin would: a token for the
 * realm's admin user, then POST /api/plans/org-units for each unit of dev/demo/&lt;realm&gt;-org-units.csv.
 * Only when the municipality has no units yet, so restarts and user edits are left alone.
 *
 * <p>Demo data is a convenience: whatever goes wrong here is a warning, never a failed start.
 */
final class DemoData {

    static final String ORG_UNITS_API = LauncherConfig.GATEWAY_URL + "/api/plans/org-units";
    private static final String CLIENT_ID = "virksomhetsplan-cli";

    private final Path demoDir;
    private final Console console;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    DemoData(Path demoDir, Console console) {
        this.demoDir = demoDir;
        this.console = console;
    }

    void loadAll(List<RealmFile> realms) {
        for (RealmFile realm : realms) {
            Path csv = demoDir.resolve(realm.realm() + "-org-units.csv");
            if (!Files.exists(csv)) {
                continue;
            }
            try {
                load(realm, csv);
            } catch (DemoDataSkipped e) {
                console.warn("demo data for " + realm.displayName() + " skipped: " + e.getMessage());
            } catch (IOException | RuntimeException e) {
                console.warn("demo data for " + realm.displayName() + " failed: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void load(RealmFile realm, Path csv) throws IOException, InterruptedException {
        long start = System.nanoTime();
        List<OrgUnitCsv.OrgUnit> units = OrgUnitCsv.read(csv);
        RealmFile.DemoUser admin = realm.firstUserWithRole("admin")
                .orElseThrow(() -> new DemoDataSkipped("no user with the admin role in the realm file"));
        String token = accessToken(realm.realm(), admin);

        HttpResponse<String> existing = send(HttpRequest.newBuilder(URI.create(ORG_UNITS_API))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET());
        if (existing.statusCode() == 404) {
            throw new DemoDataSkipped("GET " + ORG_UNITS_API + " answered 404 (the plans API is not there yet)");
        }
        if (existing.statusCode() != 200) {
            throw new DemoDataSkipped("GET " + ORG_UNITS_API + " answered " + describe(existing));
        }
        int count = countUnits(existing.body())
                .orElseThrow(() -> new DemoDataSkipped("GET " + ORG_UNITS_API + " did not answer with a JSON list: " + describe(existing)));
        if (count > 0) {
            console.detail("demo data: " + realm.displayName() + " already has " + count + " org units");
            return;
        }

        Map<String, String> idByCode = new HashMap<>();
        for (OrgUnitCsv.OrgUnit unit : units) {
            ObjectNode body = json.createObjectNode()
                    .put("name", unit.name())
                    .put("externalCode", unit.externalCode())
                    .put("levelName", unit.levelName());
            if (unit.isTop()) {
                body.putNull("parentId");
            } else {
                body.put("parentId", idByCode.get(unit.parentExternalCode()));
            }
            HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(ORG_UNITS_API))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
            String id = created.statusCode() == 201 ? field(created.body(), "id") : "";
            if (id.isEmpty()) {
                throw new DemoDataSkipped("POST " + ORG_UNITS_API + " for " + unit.externalCode() + " " + unit.name()
                        + " answered " + describe(created) + "; " + idByCode.size() + " of " + units.size() + " units created");
            }
            idByCode.put(unit.externalCode(), id);
        }
        console.detail("demo data: " + realm.displayName() + ": created " + units.size() + " org units in "
                + Console.seconds(System.nanoTime() - start));
    }

    /** Password grant for the realm's admin through the public test client (local demo only). */
    private String accessToken(String realm, RealmFile.DemoUser user) throws IOException, InterruptedException {
        String form = Map.of("grant_type", "password", "client_id", CLIENT_ID,
                        "username", user.username(), "password", user.password())
                .entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String tokenUrl = KeycloakServer.URL + "/realms/" + realm + "/protocol/openid-connect/token";
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String token = response.statusCode() == 200 ? field(response.body(), "access_token") : "";
        if (token.isEmpty()) {
            throw new DemoDataSkipped("no token for " + user.username() + " from " + tokenUrl + ": " + describe(response));
        }
        return token;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * The number of units in a list answer: a JSON array, or a page object with a "content" array.
     * Empty for anything else, which never counts as "no units": no duplicates from a misread.
     */
    OptionalInt countUnits(String body) {
        try {
            JsonNode root = json.readTree(body);
            JsonNode list = root.isArray() ? root : root.path("content");
            return list.isArray() ? OptionalInt.of(list.size()) : OptionalInt.empty();
        } catch (JacksonException e) {
            return OptionalInt.empty();
        }
    }

    /** A top-level string field of a JSON object, or "" when absent or not JSON. */
    String field(String body, String name) {
        try {
            return json.readTree(body).path(name).asString("");
        } catch (JacksonException e) {
            return "";
        }
    }

    private static String describe(HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body().strip();
        return response.statusCode() + (body.isEmpty() ? "" : " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body));
    }

    /** A reason to leave the demo data alone; told to the user as a warning. */
    private static final class DemoDataSkipped extends RuntimeException {
        DemoDataSkipped(String message) {
            super(message);
        }
    }
}
