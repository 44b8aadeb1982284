package no.virksomhetsplan.dev;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code dev/onboard}: creates a municipality in the running system, in this order, stopping at the first failure:
 * <ol>
 *   <li>its Keycloak realm from the template, with its first administrator (through Keycloak's admin REST API as the
 *       master realm's administrator);</li>
 *   <li>nothing to configure in the services: they trust every realm of this Keycloak, tenant = realm name
 *       (ADR 0014), from its first token on;</li>
 *   <li>as that administrator, through the gateway: the default settings stored (PUT /api/plans/settings, which
 *       publishes the settings event every service hears), and the org tree imported
 *       (POST /api/plans/org-units/import);</li>
 *   <li>the administrator's password made temporary, unless one was given.</li>
 * </ol>
 * Exit status 0 when done, 1 when a step failed, 2 for wrong arguments.
 */
public final class Onboard {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    private static final String CLI_CLIENT = "virksomhetsplan-cli";
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final OnboardArguments args;
    private final Path home;
    private final PrintStream out;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final SecureRandom random = new SecureRandom();

    Onboard(OnboardArguments args, Path home, PrintStream out) {
        this.args = args;
        this.home = home;
        this.out = out;
    }

    public static void main(String[] argv) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        OnboardArguments args;
        try {
            args = OnboardArguments.parse(Arrays.asList(argv), System.getenv(), LocalDate.now(NORWAY));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            out.println("ERROR: " + e.getMessage());
            out.println();
            out.print(OnboardArguments.USAGE);
            System.exit(2);
            return;
        }
        Path home = Path.of(System.getenv().getOrDefault("VP_HOME", "")).toAbsolutePath();
        try {
            new Onboard(args, home, out).run();
        } catch (OnboardingFailed e) {
            out.println();
            out.println("ERROR: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The result, as printed at the end. */
    record Result(String adminPassword, boolean temporaryPassword, String fagsystemSecret, int units) {
    }

    Result run() {
        List<OrgUnitCsv.OrgUnit> units = List.of();
        List<String> csvLines = List.of();
        if (args.orgTree() != null) {
            try {
                csvLines = Files.readAllLines(args.orgTree(), StandardCharsets.UTF_8);
                units = OrgUnitCsv.parse(csvLines);
            } catch (IOException | IllegalArgumentException e) {
                throw new OnboardingFailed("cannot read the org tree " + args.orgTree() + ": " + e.getMessage());
            }
        }
        String topUnit = units.stream().filter(OrgUnitCsv.OrgUnit::isTop).map(OrgUnitCsv.OrgUnit::externalCode).findFirst().orElse(null);
        String adminOrgUnit = args.adminOrgUnit() != null ? args.adminOrgUnit() : topUnit;
        if (adminOrgUnit != null && !units.isEmpty() && units.stream().noneMatch(unit -> unit.externalCode().equals(adminOrgUnit))) {
            throw new OnboardingFailed("--admin-org-unit " + adminOrgUnit + " is not a unit of " + args.orgTree());
        }

        out.println("Onboarding " + args.displayName() + " (tenant " + args.tenant() + ")");
        step(1, "Keycloak realm " + args.tenant());
        String master = masterToken();
        int existing = send(HttpRequest.newBuilder(URI.create(adminUrl("")))
                .header("Authorization", "Bearer " + master).GET()).statusCode();
        if (existing == 200) {
            throw new OnboardingFailed("Keycloak already has a realm " + args.tenant() + ": nothing changed. Choose another tenant id,"
                    + " or delete the realm first (admin console, or DELETE " + adminUrl("") + ").");
        }
        if (existing != 404) {
            throw new OnboardingFailed("GET " + adminUrl("") + " answered " + existing);
        }
        boolean temporary = args.password() == null;
        String password = temporary ? randomString(16, PASSWORD_ALPHABET) : args.password();
        String fagsystemSecret = randomString(40, PASSWORD_ALPHABET);
        ObjectNode realm;
        try {
            realm = MunicipalityRealm.fromTemplate(home.resolve(MunicipalityRealm.TEMPLATE),
                    new MunicipalityRealm.Values(args.tenant(), args.displayName(), args.webUrl(), fagsystemSecret, topUnit),
                    new MunicipalityRealm.Admin(args.adminUsername(), args.adminFirstName(), args.adminLastName(), args.adminEmail(),
                            adminOrgUnit, password, false));
        } catch (IOException e) {
            throw new OnboardingFailed("cannot read the realm template " + MunicipalityRealm.TEMPLATE + " (run from the repository root): "
                    + e.getMessage());
        }
        expect(201, "creating the realm", send(HttpRequest.newBuilder(URI.create(args.keycloakUrl() + "/admin/realms"))
                .header("Authorization", "Bearer " + master).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(realm)))));
        detail("issuer " + args.issuer() + "; administrator " + args.adminUsername()
                + (adminOrgUnit != null ? " (org_unit " + adminOrgUnit + ")" : "") + "; clients virksomhetsplan-web, "
                + CLI_CLIENT + ", " + args.fagsystemClientId());

        try {
            step(2, "Default settings (" + args.language() + ")");
            String admin = userToken(password);
            JsonNode settings = expect(200, "reading the settings", api(admin, "/api/plans/settings").GET());
            if (settings.path("version").asLong() != 0) {
                detail("already stored (version " + settings.path("version").asLong() + "): left as they are");
            } else {
                ObjectNode body = (ObjectNode) settings;
                body.put("language", args.language());
                JsonNode saved = expect(200, "storing the settings", api(admin, "/api/plans/settings")
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
                detail("stored as version " + saved.path("version").asLong() + "; the settings event is published to every service");
            }

            int imported = 0;
            step(3, "Org tree" + (args.orgTree() != null ? " from " + args.orgTree().getFileName() : ""));
            if (args.orgTree() == null) {
                detail("no CSV file given: import it later with POST /api/plans/org-units/import");
            } else {
                JsonNode present = expect(200, "reading the org tree", api(admin, "/api/plans/org-units").GET());
                if (present.isArray() && !present.isEmpty()) {
                    throw new OnboardingFailed("the municipality already has " + present.size() + " org units; nothing imported");
                }
                String path = "/api/plans/org-units/import?validFrom=" + args.validFrom();
                JsonNode result = expect(201, "importing the org tree", api(admin, path)
                        .header("Content-Type", "text/csv; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(OrgUnitCsv.importBody(csvLines), StandardCharsets.UTF_8)));
                imported = result.path("created").asInt();
                detail(imported + " units, valid from " + args.validFrom());
            }

            step(4, "Administrator's password");
            if (temporary) {
                String freshMaster = masterToken();
                String userId = adminUserId(freshMaster);
                expect(204, "making the password temporary", send(HttpRequest.newBuilder(URI.create(adminUrl("/users/" + userId + "/reset-password")))
                        .header("Authorization", "Bearer " + freshMaster).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                                Map.of("type", "password", "value", password, "temporary", true))))));
                detail("temporary: to be changed at the first login");
            } else {
                detail("as given (--password), permanent: for local demos and tests only");
            }
            printSummary(password, temporary, fagsystemSecret, imported);
            return new Result(password, temporary, fagsystemSecret, imported);
        } catch (OnboardingFailed e) {
            throw new OnboardingFailed(e.getMessage() + "\nThe realm " + args.tenant() + " was created; to start again, delete it"
                    + " (admin console " + args.keycloakUrl() + "/admin, or DELETE " + adminUrl("") + ") and run dev/onboard again.");
        }
    }

    private void printSummary(String password, boolean temporary, String fagsystemSecret, int units) {
        out.println();
        out.println(args.displayName() + " is ready.");
        out.println("  Web app:        " + args.webUrl() + " (realm " + args.tenant() + ")");
        out.println("  Administrator:  " + args.adminUsername() + " / " + password + (temporary ? " (temporary; shown only now)" : ""));
        out.println("  Fagsystem:      client " + args.fagsystemClientId() + ", secret " + fagsystemSecret + " (shown only now)");
        out.println("  Token:          " + args.issuer() + "/protocol/openid-connect/token");
        out.println("  Org units:      " + units);
    }

    private void step(int number, String label) {
        out.println("[" + number + "/4] " + label);
    }

    private void detail(String text) {
        out.println("      " + text);
    }

    private String masterToken() {
        return token(args.keycloakUrl() + "/realms/master/protocol/openid-connect/token", Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", args.keycloakAdmin(), "password", args.keycloakAdminPassword()),
                "the master realm's administrator " + args.keycloakAdmin());
    }

    private String userToken(String password) {
        return token(args.issuer() + "/protocol/openid-connect/token", Map.of("grant_type", "password", "client_id", CLI_CLIENT,
                "username", args.adminUsername(), "password", password), args.adminUsername());
    }

    private String token(String url, Map<String, String> form, String who) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        return expect(200, "a token for " + who + " from " + url, response).path("access_token").asString();
    }

    private String adminUserId(String master) {
        JsonNode users = expect(200, "finding the administrator", send(HttpRequest.newBuilder(URI.create(adminUrl("/users?exact=true&username="
                        + URLEncoder.encode(args.adminUsername(), StandardCharsets.UTF_8))))
                .header("Authorization", "Bearer " + master).GET()));
        if (!users.isArray() || users.size() != 1) {
            throw new OnboardingFailed("the administrator " + args.adminUsername() + " was not found in the realm");
        }
        return users.get(0).path("id").asString();
    }

    private String adminUrl(String path) {
        return args.keycloakUrl() + "/admin/realms/" + args.tenant() + path;
    }

    private HttpRequest.Builder api(String token, String path) {
        return HttpRequest.newBuilder(URI.create(args.gatewayUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private JsonNode expect(int status, String what, HttpRequest.Builder request) {
        return expect(status, what, send(request));
    }

    private JsonNode expect(int status, String what, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            String body = response.body() == null ? "" : response.body().strip();
            throw new OnboardingFailed(what + ": " + response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + (body.isEmpty() ? "" : " " + (body.length() > 500 ? body.substring(0, 500) + "..." : body)));
        }
        try {
            return response.body() == null || response.body().isBlank() ? json.nullNode() : json.readTree(response.body());
        } catch (JacksonException e) {
            throw new OnboardingFailed(what + ": the answer was not JSON: " + response.body());
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
        try {
            return http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new OnboardingFailed(built.method() + " " + built.uri() + " failed: " + e
                    + ". Is the system running (dev/run)?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OnboardingFailed("interrupted");
        }
    }

    private String randomString(int length, String alphabet) {
        StringBuilder value = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            value.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return value.toString();
    }

    /** A step failed; the message says which and what was already done. */
    static final class OnboardingFailed extends RuntimeException {
        OnboardingFailed(String message) {
            super(message);
        }
    }
}
