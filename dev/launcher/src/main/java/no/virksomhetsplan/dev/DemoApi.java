package no.virksomhetsplan.dev;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API through the gateway, called as the demo realm's users with their own tokens. One per realm, shared by
 * the demo data's lanes, so it is safe to use from several threads.
 */
final class DemoApi {

    private static final String CLIENT_ID = "virksomhetsplan-cli";
    /**
     * How often, and how many times, a call is made again while a replica catches up: every 0.1 s for up to 30 s. A
     * replica is usually a few tens of milliseconds behind, so a longer pause only makes the start longer.
     */
    static final long REPLICA_POLL_MILLIS = 100;
    static final int REPLICA_WAIT_ATTEMPTS = 300;

    private final RealmFile realm;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** A lane that needs a person another lane is signing in waits for that sign-in rather than making its own. */
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    /**
     * A call made again every 0.1 s, for up to 30 s, while it is answered 404 with {@code notYet} in the answer:
     * a service's org-tree replica follows plans-service's events, so right after the tree is imported it may not know
     * a unit yet. Any other failure, or the last attempt's, is thrown.
     */
    static <T> T onceTheReplicaCaughtUp(String notYet, Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (IllegalStateException e) {
                if (attempt == REPLICA_WAIT_ATTEMPTS || !e.getMessage().contains("answered 404") || !e.getMessage().contains(notYet)) {
                    throw e;
                }
                try {
                    Thread.sleep(REPLICA_POLL_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", interrupted);
                }
            }
        }
    }

    DemoApi(RealmFile realm) {
        this.realm = realm;
    }

    RealmFile realm() {
        return realm;
    }

    JsonMapper json() {
        return json;
    }

    JsonNode get(String username, String path) {
        return expect(200, send(username, HttpRequest.newBuilder(uri(path)).GET()));
    }

    JsonNode post(String username, String path, Object body, int expectedStatus) {
        return expect(expectedStatus, send(username, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))));
    }

    JsonNode put(String username, String path, Object body) {
        return expect(200, send(username, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))));
    }

    /** A body of another content type, e.g. a CSV file, sent as the user. */
    JsonNode post(String username, String path, String contentType, String body, int expectedStatus) {
        return expect(expectedStatus, send(username, HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))));
    }

    /** JSON sent as the realm's fagsystem client, with a client-credentials token. */
    JsonNode postAsFagsystem(String path, Object body, int expectedStatus) {
        RealmFile.MachineClient client = realm.fagsystemClient()
                .orElseThrow(() -> new IllegalStateException("realm " + realm.realm() + " has no fagsystem client"));
        String token = tokens.computeIfAbsent("client:" + client.clientId(), key -> grant(Map.of("grant_type",
                "client_credentials", "client_id", client.clientId(), "client_secret", client.secret())));
        return expect(expectedStatus, send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private JsonNode expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri().getPath() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body().isBlank() ? json.nullNode() : json.readTree(response.body());
    }

    private HttpResponse<String> send(String username, HttpRequest.Builder request) {
        return send(request.header("Authorization", "Bearer " + token(username)).timeout(Duration.ofSeconds(30)));
    }

    /** The person's token (password grant through the public test client, local demo only), signed in once. */
    String token(String username) {
        return tokens.computeIfAbsent(username, name -> {
            RealmFile.DemoUser user = realm.users().stream().filter(u -> u.username().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no demo user " + name + " in realm " + realm.realm()));
            return grant(Map.of("grant_type", "password", "client_id", CLIENT_ID, "username", user.username(),
                    "password", user.password()));
        });
    }

    private String grant(Map<String, String> fields) {
        return expect(200, send(HttpRequest.newBuilder(
                        URI.create(KeycloakServer.URL + "/realms/" + realm.realm() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))))).get("access_token").asString();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static URI uri(String path) {
        return URI.create(LauncherConfig.GATEWAY_URL + path);
    }
}
