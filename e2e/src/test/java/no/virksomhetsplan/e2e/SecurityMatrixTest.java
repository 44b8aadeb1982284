package no.virksomhetsplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The security matrix against the running system with real Keycloak tokens: every endpoint of every service,
 * read from the services' OpenAPI documents through the gateway (so a new endpoint is covered without a
 * change here), times every kind of token that must not work. See ADR 0013 for how each kind is made.
 */
class SecurityMatrixTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern UUIDS = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** Paths a fagsystem client may call (virksomhetsplan.security.machine-paths of each service). */
    private static final List<String> MACHINE_PATH_PREFIXES = List.of("/api/indicators/fagsystem/");

    record Endpoint(String service, String method, String template, JsonNode operation) {

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private static List<Endpoint> endpoints;
    private static String fjordvikUser;
    private static Set<String> fjordvikIds;

    @BeforeAll
    static void readTheApiFromTheGateway() throws Exception {
        JsonNode services = JSON.readTree(send("GET", "/api-docs/services", null, null).body());
        assertThat(services.size()).as("documents listed on /api-docs").isEqualTo(5);
        endpoints = new ArrayList<>();
        for (JsonNode service : services) {
            HttpResponse<String> doc = send("GET", service.path("url").asString(), null, null);
            assertThat(doc.statusCode()).as(service.toString()).isEqualTo(200);
            JsonNode api = JSON.readTree(doc.body());
            assertThat(api.path("openapi").asString()).startsWith("3.1");
            for (var path : api.path("paths").properties()) {
                for (var operation : path.getValue().properties()) {
                    String method = operation.getKey().toUpperCase(Locale.ROOT);
                    if (Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                        endpoints.add(new Endpoint(service.path("name").asString(), method, path.getKey(), operation.getValue()));
                    }
                }
            }
        }
        assertThat(endpoints).as("endpoints in the OpenAPI documents").hasSizeGreaterThan(10);

        // Real ids of Fjordvik's data, from every list Fjordvik's kommunedirektør can read: the other
        // municipality asks for exactly these.
        fjordvikUser = RunningSystem.tokenFor("fjordvik", "ingrid.fjeld");
        fjordvikIds = new HashSet<>();
        for (Endpoint endpoint : endpoints) {
            if (endpoint.method().equals("GET") && !endpoint.template().contains("{")) {
                Matcher ids = UUIDS.matcher(send("GET", endpoint.template() + query(endpoint), fjordvikUser, null).body());
                while (ids.find()) {
                    fjordvikIds.add(ids.group());
                }
            }
        }
    }

    @Test
    void theMatrixCoversEveryService() {
        assertThat(endpoints.stream().map(Endpoint::service).distinct()).contains("plans");
        assertThat(fjordvikIds).as("Fjordvik's demo data is there to be asked for").isNotEmpty();
    }

    static Stream<Map.Entry<String, Supplier<String>>> refusedTokens() {
        Map<String, Supplier<String>> kinds = new LinkedHashMap<>();
        kinds.put("no token", () -> null);
        kinds.put("expired, signed with a key not in the realm", () -> expiredForeignKeyToken());
        kinds.put("wrong issuer (Keycloak's master realm)", RunningSystem::masterRealmToken);
        kinds.put("wrong audience (a client without the API audience)", SecurityMatrixTest::wrongAudienceToken);
        kinds.put("alg none", () -> new PlainJWT(realClaims()).serialize());
        kinds.put("HS256 signed with the realm's public RSA key", SecurityMatrixTest::hs256WithRealmPublicKey);
        return kinds.entrySet().stream();
    }

    /** Every endpoint, every method: 401 in problem+json from the gateway, whatever the token is. */
    @TestFactory
    Stream<DynamicTest> refusedTokensGet401OnEveryEndpoint() {
        return refusedTokens().flatMap(kind -> {
            String token = kind.getValue().get();
            return endpoints.stream().map(endpoint -> DynamicTest.dynamicTest(kind.getKey() + ": " + endpoint, () -> {
                HttpResponse<String> response = call(endpoint, token, randomIds());
                assertThat(response.statusCode()).as(describe(response)).isEqualTo(401);
                assertProblemJson(response);
            }));
        });
    }

    /** A fagsystem client may only deliver to its machine paths; everything else is 403 from the service. */
    @TestFactory
    Stream<DynamicTest> aFagsystemClientIsRefusedOnThePeoplesEndpoints() {
        String client = RunningSystem.clientToken("fjordvik", "fagsystem-fjordvik", "fagsystem-fjordvik-local-demo-secret");
        return endpoints.stream()
                .filter(endpoint -> MACHINE_PATH_PREFIXES.stream().noneMatch(endpoint.template()::startsWith))
                .map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> {
                    HttpResponse<String> response = call(endpoint, client, randomIds());
                    assertThat(response.statusCode()).as(describe(response)).isEqualTo(403);
                    assertProblemJson(response);
                }));
    }

    /**
     * Nordlia's administrator reads every endpoint with Fjordvik's real ids: never a 5xx, never anything of
     * Fjordvik in the answer (404 or 403 for Fjordvik's things, Nordlia's own data for lists). Only reads:
     * writes with real ids could change Fjordvik's data if this ever failed.
     */
    @TestFactory
    Stream<DynamicTest> anotherMunicipalitySeesNothingOfFjordvik() {
        String nordlia = RunningSystem.tokenFor("nordlia", "ola.rud");
        List<String> ids = new ArrayList<>(fjordvikIds);
        return endpoints.stream()
                .filter(endpoint -> endpoint.method().equals("GET"))
                .map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> {
                    HttpResponse<String> response = call(endpoint, nordlia, ids);
                    assertThat(response.statusCode()).as(describe(response)).isLessThan(500).isNotEqualTo(401);
                    if (response.statusCode() >= 400) {
                        assertProblemJson(response);
                    }
                    String body = response.body().toLowerCase(Locale.ROOT);
                    assertThat(body).as(describe(response)).doesNotContain("fjordvik");
                    Set<String> asked = new HashSet<>();
                    UUIDS.matcher(response.request().uri().toString()).results().forEach(m -> asked.add(m.group()));
                    UUIDS.matcher(body).results().map(m -> m.group())
                            .filter(id -> !asked.contains(id))
                            .forEach(id -> assertThat(fjordvikIds).as("a Fjordvik id in " + describe(response)).doesNotContain(id));
                }));
    }

    // --- requests

    private static HttpResponse<String> call(Endpoint endpoint, String token, List<String> ids) throws Exception {
        String path = fill(endpoint, ids) + query(endpoint);
        String body = UNSAFE.contains(endpoint.method()) && !endpoint.method().equals("DELETE") ? "{}" : null;
        return send(endpoint.method(), path, token, body);
    }

    private static List<String> randomIds() {
        return List.of(UUID.randomUUID().toString());
    }

    /** Path variables get plausible values: a year, a date, a number, otherwise an id (one of {@code ids}). */
    private static String fill(Endpoint endpoint, List<String> ids) {
        Matcher variables = Pattern.compile("\\{([^}]+)}").matcher(endpoint.template());
        StringBuilder path = new StringBuilder();
        int i = 0;
        while (variables.find()) {
            String value = valueFor(variables.group(1), parameter(endpoint, variables.group(1)), ids.get(i++ % ids.size()));
            variables.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variables.appendTail(path);
        return path.toString();
    }

    /** Required query parameters, filled the same way. */
    private static String query(Endpoint endpoint) {
        List<String> pairs = new ArrayList<>();
        for (JsonNode parameter : endpoint.operation().path("parameters")) {
            if (parameter.path("in").asString().equals("query") && parameter.path("required").asBoolean(false)) {
                String name = parameter.path("name").asString();
                pairs.add(name + "=" + valueFor(name, parameter, UUID.randomUUID().toString()));
            }
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private static JsonNode parameter(Endpoint endpoint, String name) {
        for (JsonNode parameter : endpoint.operation().path("parameters")) {
            if (parameter.path("name").asString().equals(name)) {
                return parameter;
            }
        }
        return JSON.missingNode();
    }

    private static String valueFor(String name, JsonNode parameter, String id) {
        JsonNode schema = parameter.path("schema");
        String type = schema.path("type").asString("");
        String format = schema.path("format").asString("");
        if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
            return schema.path("enum").get(0).asString();
        }
        if (name.toLowerCase(Locale.ROOT).contains("year")) {
            return "2027";
        }
        if (format.equals("date")) {
            return "2027-01-01";
        }
        if (type.equals("integer") || type.equals("number")) {
            return "2027";
        }
        return id;
    }

    private static HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningSystem.GATEWAY + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblemJson(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).as(describe(response))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).path("status").asInt()).isEqualTo(response.statusCode());
    }

    private static String describe(HttpResponse<String> response) {
        String body = response.body();
        return response.request().method() + " " + response.request().uri() + " -> " + response.statusCode() + " "
                + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
    }

    // --- tokens that must not work

    /** The claims of a real Fjordvik token: only the token's form or signature makes it invalid. */
    private static JWTClaimsSet realClaims() {
        try {
            return SignedJWT.parse(RunningSystem.tokenFor("fjordvik", "ingrid.fjeld")).getJWTClaimsSet();
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey realmKey() {
        try {
            String certs = HTTP.send(HttpRequest.newBuilder(URI.create(RunningSystem.KEYCLOAK
                    + "/realms/fjordvik/protocol/openid-connect/certs")).build(), HttpResponse.BodyHandlers.ofString()).body();
            return JWKSet.parse(certs).getKeys().stream()
                    .filter(key -> key instanceof RSAKey && (key.getKeyUse() == null || "sig".equals(key.getKeyUse().identifier())))
                    .map(RSAKey.class::cast)
                    .findFirst().orElseThrow();
        } catch (Exception e) {
            throw new IllegalStateException("could not read the realm's keys", e);
        }
    }

    /**
     * A real token cannot be expired on demand, and waiting for one (5 minutes of lifetime plus the 60 s
     * clock skew) is too slow for a test run. So: Fjordvik's real claims, expired an hour ago, signed RS256
     * with a fresh key under the realm key's id. Refused for its signature and its expiry alike; the expiry
     * alone is tested with TestIssuer in the platform and gateway tests.
     */
    private static String expiredForeignKeyToken() {
        try {
            RSAKey foreign = new RSAKeyGenerator(2048).keyID(realmKey().getKeyID()).generate();
            Instant hourAgo = Instant.now().minusSeconds(3600);
            JWTClaimsSet claims = new JWTClaimsSet.Builder(realClaims())
                    .issueTime(Date.from(hourAgo)).expirationTime(Date.from(hourAgo.plusSeconds(300))).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(foreign.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(foreign));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The classic algorithm confusion: HS256 with the realm's public key (X.509 DER bytes) as the secret. */
    private static String hs256WithRealmPublicKey() {
        try {
            RSAKey realm = realmKey();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(realm.getKeyID()).build(), realClaims());
            jwt.sign(new MACSigner(realm.toRSAPublicKey().getEncoded()));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A real Fjordvik user's token through a client that does not add the virksomhetsplan-api audience. */
    private static String wrongAudienceToken() {
        String token = RunningSystem.tokenFor("fjordvik", "another-api-cli", "ingrid.fjeld");
        try {
            assertThat(SignedJWT.parse(token).getJWTClaimsSet().getAudience()).doesNotContain("virksomhetsplan-api");
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
        return token;
    }
}
