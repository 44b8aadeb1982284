package no.virksomhetsplan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.platform.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityTest extends PlatformIntegrationTest {

    private static final String ME = "/api/probe/me";

    @Test
    void aValidTokenGivesTheCallerFromItsClaims() {
        HttpResponse<String> response = get(ME, ISSUER.token("fjordvik-admin"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"tenant\":\"fjordvik\"", "\"orgUnit\":\"1100\"", "\"username\":\"marit.holm\"", "\"admin\"");
    }

    @Test
    void noTokenIsAnsweredWithProblemDetails() {
        HttpResponse<String> response = get(ME, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Bearer");
        assertThat(response.body()).contains("\"status\":401");
    }

    @ParameterizedTest
    @ValueSource(strings = {"expired", "another audience", "untrusted issuer", "forged signature", "alg none", "hs256 with public key",
            "tenant of another municipality", "no tenant"})
    void aTokenThatMustNotBeTrustedIsRefused(String kind) {
        String token = switch (kind) {
            case "expired" -> ISSUER.expiredToken("fjordvik-admin");
            case "another audience" -> ISSUER.tokenForAnotherAudience("fjordvik-admin");
            case "untrusted issuer" -> ISSUER.tokenFromUntrustedIssuer("fjordvik-admin");
            case "forged signature" -> ISSUER.tokenWithForgedSignature("fjordvik-admin");
            case "alg none" -> ISSUER.unsignedToken("fjordvik-admin");
            case "hs256 with public key" -> ISSUER.hs256TokenSignedWithPublicKey("fjordvik-admin");
            case "tenant of another municipality" -> ISSUER.token("fjordvik-admin", Map.of("tenant", "nordlia"));
            case "no tenant" -> ISSUER.token("fjordvik-admin", java.util.Collections.singletonMap("tenant", null));
            default -> throw new IllegalArgumentException(kind);
        };

        HttpResponse<String> response = get(ME, token);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContain("marit.holm");
    }

    @Test
    void aTokenThatCannotBeCheckedForWantOfItsIssuersKeysIsA503WithRetryAfterNotA500() {
        String realm = "keyless-" + UUID.randomUUID().toString().substring(0, 8);
        ISSUER.addRealmWhoseKeysFailAfterTheFirstRequest(realm);

        HttpResponse<String> response = get(ME, ISSUER.tokenInRealm(realm, "fjordvik-admin"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(response.body()).doesNotContain("marit.holm", "Exception", "certs");
    }

    @Test
    void eachMunicipalitysOwnIssuerIsTrusted() {
        HttpResponse<String> response = get(ME, ISSUER.token("nordlia-admin"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"tenant\":\"nordlia\"");
    }

    @Test
    void aMunicipalityOnboardedWhileTheServiceRunsIsTrustedWithItsRealmAsTenant() {
        String onboarded = "onboarded-" + UUID.randomUUID().toString().substring(0, 8);
        ISSUER.addRealm(onboarded);
        HttpResponse<String> response = get(ME, ISSUER.tokenInRealm(onboarded, "fjordvik-admin"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"tenant\":\"" + onboarded + "\"");
        for (int i = 0; i < 5; i++) {
            assertThat(get(ME, ISSUER.tokenInRealm(onboarded, "fjordvik-admin")).statusCode()).isEqualTo(200);
        }
        // Once by the look-up that finds the realm, once by its token decoder, which then keeps them.
        assertThat(ISSUER.keyRequests(onboarded)).as("the realm's keys are fetched once and kept").isEqualTo(2);
    }

    @Test
    void anOnboardedRealmsTokenMustNameItsOwnRealmAsTenant() {
        String realm = "onboarded-" + UUID.randomUUID().toString().substring(0, 8);
        ISSUER.addRealm(realm);

        HttpResponse<String> otherTenant = get(ME, ISSUER.token("fjordvik-admin", Map.of("iss", ISSUER.issuerUri(realm))));
        Map<String, Object> withoutTenant = new java.util.HashMap<>();
        withoutTenant.put("iss", ISSUER.issuerUri(realm));
        withoutTenant.put("tenant", null);
        HttpResponse<String> noTenant = get(ME, ISSUER.token("fjordvik-admin", withoutTenant));

        assertThat(otherTenant.statusCode()).isEqualTo(401);
        assertThat(otherTenant.body()).doesNotContain("marit.holm");
        assertThat(noTenant.statusCode()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-such-municipality", "master", "UPPER", "a..b"})
    void aRealmKeycloakDoesNotHaveOrThatCannotBeAMunicipalityIsRefusedQuickly(String realm) {
        long start = System.nanoTime();
        HttpResponse<String> response = get(ME, ISSUER.tokenInRealm(realm, "fjordvik-admin"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContain("marit.holm");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void anUnknownRealmIsAskedForOnceAndThenRefusedFromMemory() {
        String realm = "unknown-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 10; i++) {
            assertThat(get(ME, ISSUER.tokenInRealm(realm, "fjordvik-admin")).statusCode()).isEqualTo(401);
        }
        assertThat(ISSUER.keyRequests(realm)).isEqualTo(1);
    }

    @Test
    void aProfessionalSystemClientCannotUseThePeoplesEndpoints() {
        HttpResponse<String> response = get(ME, ISSUER.token("fjordvik-fagsystem"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void healthIsOpenForProbes() {
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    }
}
