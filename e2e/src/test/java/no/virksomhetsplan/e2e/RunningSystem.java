package no.virksomhetsplan.e2e;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;
import no.virksomhetsplan.testsupport.ApiClient;
import tools.jackson.databind.json.JsonMapper;

/** The system as dev/run starts it: the gateway for the API, Keycloak for real tokens of the demo realms. */
final class RunningSystem {

    static final String GATEWAY = System.getProperty("e2e.gateway", "http://localhost:8080");
    static final String KEYCLOAK = System.getProperty("e2e.keycloak", "http://localhost:8180");
    /** Local-demo password of every demo user (see dev/README.md). */
    static final String DEMO_PASSWORD = "Demo-2027!";
    /** The services count days in Norwegian time; "today" in a test must be theirs, not the machine's. */
    static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RunningSystem() {
    }

    static ApiClient gateway() {
        return new ApiClient(GATEWAY);
    }

    /** A user's access token from the real Keycloak (password grant of the scripts' client). */
    static String tokenFor(String realm, String username) {
        return token(realm, Map.of("grant_type", "password", "client_id", "virksomhetsplan-cli",
                "username", username, "password", DEMO_PASSWORD));
    }

    /** A user's access token through another client of the realm (password grant). */
    static String tokenFor(String realm, String clientId, String username) {
        return token(realm, Map.of("grant_type", "password", "client_id", clientId,
                "username", username, "password", DEMO_PASSWORD));
    }

    /** A user's access token with a password of its own (an onboarded municipality's users). */
    static String token(String realm, String clientId, String username, String password) {
        return token(realm, Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", password));
    }

    /** A professional system's token (client credentials). */
    static String clientToken(String realm, String clientId, String secret) {
        return token(realm, Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /** A real token from a realm the API does not trust: Keycloak's own master realm. */
    static String masterRealmToken() {
        return token("master", Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"));
    }

    private static String token(String realm, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + form.get("username") + form.getOrDefault("client_id", "")
                        + ": " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body()).get("access_token").asString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
