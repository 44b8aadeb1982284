package no.virksomhetsplan.testsupport;

import com.nimbusds.jose.JOSEException;
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
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for Keycloak's token endpoint side: it serves a JWKS per realm over HTTP and signs
 * tokens whose claims come from JSON fixtures under {@code tokens/} (claim sets taken from real Keycloak
 * tokens of the demo realms). Services verify these tokens exactly as they verify Keycloak's: by issuer,
 * signature from the JWKS endpoint, expiry and audience.
 *
 * <p>Like one Keycloak, it serves its realms under one base URL ({@link #realmsUrl()}), and answers 404 for a realm
 * it does not have. Realms {@code fjordvik} and {@code nordlia} are listed as trusted issuers in test contexts, which
 * also trust every realm under {@link #realmsUrl()} (ADR 0014); a test adds a municipality with {@link #addRealm}.
 * Realm {@code rogue} is served by "another Keycloak" (outside {@link #realmsUrl()}) and never trusted.
 */
public final class TestIssuer {

    public static final String AUDIENCE = "virksomhetsplan-api";
    public static final List<String> TRUSTED_TENANTS = List.of("fjordvik", "nordlia");
    public static final String UNTRUSTED_REALM = "rogue";

    private static TestIssuer shared;

    /** Where the untrusted realm lives: another Keycloak, as far as the services can tell. */
    private static final String ELSEWHERE = "/elsewhere";

    private final HttpServer server;
    private final Set<String> realms = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> keyRequests = new ConcurrentHashMap<>();
    private final Set<String> keysServedOnce = ConcurrentHashMap.newKeySet();
    private final RSAKey signingKey;
    private final RSAKey otherKey;

    private TestIssuer() {
        try {
            signingKey = new RSAKeyGenerator(2048).keyID("test-signing-key").generate();
            otherKey = new RSAKeyGenerator(2048).keyID("test-signing-key").generate();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException("test issuer failed to start", e);
        }
        byte[] jwks = new JWKSet(signingKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        realms.addAll(TRUSTED_TENANTS);
        server.createContext("/", exchange -> {
            Matcher path = CERTS.matcher(exchange.getRequestURI().getPath());
            String realm = path.matches() ? path.group(2) : null;
            boolean elsewhere = path.matches() && path.group(1).equals(ELSEWHERE);
            boolean certs = realm != null && (elsewhere ? realm.equals(UNTRUSTED_REALM) : realms.contains(realm));
            if (realm != null) {
                int asked = keyRequests.computeIfAbsent(realm, name -> new AtomicInteger()).incrementAndGet();
                if (asked > 1 && keysServedOnce.contains(realm)) {
                    exchange.sendResponseHeaders(503, -1);
                    exchange.close();
                    return;
                }
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(certs ? 200 : 404, certs ? jwks.length : -1);
            if (certs) {
                exchange.getResponseBody().write(jwks);
            }
            exchange.close();
        });
        server.start();
    }

    /** The issuer shared by every test in this JVM. */
    public static synchronized TestIssuer shared() {
        if (shared == null) {
            shared = new TestIssuer();
        }
        return shared;
    }

    private static final Pattern CERTS = Pattern.compile("(|" + ELSEWHERE + ")/realms/([^/]+)/protocol/openid-connect/certs");

    /** The issuer URI of a realm, like {@code http://localhost:8180/realms/fjordvik} in Keycloak. */
    public String issuerUri(String realm) {
        return realm.equals(UNTRUSTED_REALM) ? baseUrl() + ELSEWHERE + "/realms/" + realm : realmsUrl() + realm;
    }

    /** Where this issuer's realms are, like {@code http://localhost:8180/realms/} in Keycloak. */
    public String realmsUrl() {
        return baseUrl() + "/realms/";
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Adds a realm, as onboarding a municipality does in Keycloak: from now on its keys are served. */
    public void addRealm(String realm) {
        realms.add(realm);
    }

    /**
     * Adds a realm whose keys are served to the first request only and answered 503 after that: a Keycloak that fails
     * just after a service found the realm, so the service cannot check the realm's tokens.
     */
    public void addRealmWhoseKeysFailAfterTheFirstRequest(String realm) {
        keysServedOnce.add(realm);
        realms.add(realm);
    }

    /** How often a realm's keys were asked for (also for realms that do not exist). */
    public int keyRequests(String realm) {
        AtomicInteger count = keyRequests.get(realm);
        return count == null ? 0 : count.get();
    }

    /**
     * A valid token of a realm added with {@link #addRealm} (or any name, for a realm that does not exist): the
     * fixture's claims with the realm's issuer and, as its tenant mapper does, {@code tenant} = the realm's name.
     */
    public String tokenInRealm(String realm, String fixture) {
        return token(fixture, Map.of("iss", issuerUri(realm), "tenant", realm));
    }

    /** A valid token for the user or client in fixture {@code tokens/<fixture>.json}. */
    public String token(String fixture) {
        return sign(claims(fixture, Map.of()), signingKey);
    }

    /** A validly signed token with some claims replaced (a {@code null} value removes the claim). */
    public String token(String fixture, Map<String, Object> overrides) {
        return sign(claims(fixture, overrides), signingKey);
    }

    public String expiredToken(String fixture) {
        Instant longAgo = Instant.now().minus(Duration.ofHours(1));
        return token(fixture, Map.of("iat", longAgo.getEpochSecond(), "exp", longAgo.plusSeconds(300).getEpochSecond()));
    }

    public String tokenForAnotherAudience(String fixture) {
        return token(fixture, Map.of("aud", List.of("another-api", "account")));
    }

    /** A well-formed token from a realm the services do not trust. */
    public String tokenFromUntrustedIssuer(String fixture) {
        return token(fixture, Map.of("iss", issuerUri(UNTRUSTED_REALM)));
    }

    /** Right issuer and key id, but signed with a key the issuer never published. */
    public String tokenWithForgedSignature(String fixture) {
        return sign(claims(fixture, Map.of()), otherKey);
    }

    /** {@code alg: none}: no signature at all. */
    public String unsignedToken(String fixture) {
        return new PlainJWT(claims(fixture, Map.of())).serialize();
    }

    /** The classic key-confusion attack: HS256 with the issuer's public RSA key as the HMAC secret. */
    public String hs256TokenSignedWithPublicKey(String fixture) {
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(signingKey.getKeyID()).build(),
                    claims(fixture, Map.of()));
            jwt.sign(new MACSigner(signingKey.toRSAPublicKey().getEncoded()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private JWTClaimsSet claims(String fixture, Map<String, Object> overrides) {
        Map<String, Object> claims = new HashMap<>(fixtureClaims(fixture));
        Instant now = Instant.now();
        String realm = String.valueOf(claims.get("iss")).replaceAll(".*/realms/", "");
        claims.put("iss", issuerUri(realm));
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plusSeconds(300).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        overrides.forEach((name, value) -> {
            if (value == null) {
                claims.remove(name);
            } else {
                claims.put(name, value);
            }
        });
        try {
            return JWTClaimsSet.parse(claims);
        } catch (ParseException e) {
            throw new IllegalArgumentException("fixture " + fixture + " has invalid claims", e);
        }
    }

    private static Map<String, Object> fixtureClaims(String fixture) {
        String path = "tokens/" + fixture + ".json";
        try (InputStream in = TestIssuer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no token fixture " + path);
            }
            return com.nimbusds.jose.util.JSONObjectUtils.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalArgumentException("fixture " + path + " is not JSON", e);
        }
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) {
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
