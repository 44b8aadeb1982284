package no.virksomhetsplan.dev;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalInt;

/**
 * Loads the demo municipalities through the public API, as a real admin would: a token for the
 * realm's admin user, then one POST /api/plans/org-units/import with dev/demo/&lt;realm&gt;-org-units.csv,
 * the whole tree (with its leaders) valid from 1 January this year, so the demo's plan year has its
 * structure from the start. Only when the municipality has no units yet, so restarts and user edits
 * are left alone.
 *
 * <p>Demo data is a convenience: whatever goes wrong here is a warning, never a failed start.
 */
final class DemoData {

    static final String ORG_UNITS_API = LauncherConfig.GATEWAY_URL + "/api/plans/org-units";
    static final String IMPORT_API = ORG_UNITS_API + "/import";
    /** The demo municipalities are Norwegian: the year starts in Norway. */
    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

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

    /** The realm's org tree, when it has a CSV file and no units yet; false only when interrupted. */
    boolean load(DemoApi api) {
        RealmFile realm = api.realm();
        Path csv = demoDir.resolve(realm.realm() + "-org-units.csv");
        if (!Files.exists(csv)) {
            return true;
        }
        try {
            load(api, csv);
        } catch (DemoDataSkipped e) {
            console.warn("demo data for " + realm.displayName() + " skipped: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            console.warn("demo data for " + realm.displayName() + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return true;
    }

    private void load(DemoApi api, Path csv) throws IOException, InterruptedException {
        long start = System.nanoTime();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        int unitCount = OrgUnitCsv.parse(lines).size();
        RealmFile realm = api.realm();
        RealmFile.DemoUser admin = realm.firstUserWithRole("admin")
                .orElseThrow(() -> new DemoDataSkipped("no user with the admin role in the realm file"));
        String token = signIn(api, admin);

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

        String importUrl = IMPORT_API + "?validFrom=" + firstDayOfTheYear(LocalDate.now(NORWAY));
        HttpResponse<String> imported = send(HttpRequest.newBuilder(URI.create(importUrl))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(OrgUnitCsv.importBody(lines), StandardCharsets.UTF_8)));
        int created = imported.statusCode() == 201 ? number(imported.body(), "created") : -1;
        if (created != unitCount) {
            throw new DemoDataSkipped("POST " + importUrl + " with the " + unitCount + " units of " + csv.getFileName()
                    + " answered " + describe(imported));
        }
        console.detail("demo data: " + realm.displayName() + ": imported " + created + " org units in "
                + Console.seconds(System.nanoTime() - start));
    }

    /** The demo's units exist from the start of the plan year they are loaded in. */
    static LocalDate firstDayOfTheYear(LocalDate today) {
        return today.withDayOfYear(1);
    }

    /** The admin's token, shared with the rest of the demo data; no token is a reason to leave the demo data alone. */
    private static String signIn(DemoApi api, RealmFile.DemoUser admin) {
        try {
            return api.token(admin.username());
        } catch (IllegalStateException e) {
            throw new DemoDataSkipped("no token for " + admin.username() + ": " + e.getMessage());
        }
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

    /** A top-level whole-number field of a JSON object, or -1 when absent or not JSON. */
    int number(String body, String name) {
        try {
            JsonNode value = json.readTree(body).path(name);
            return value.isInt() ? value.asInt() : -1;
        } catch (JacksonException e) {
            return -1;
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
