package no.virksomhetsplan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
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
    void eachMunicipalitysOwnIssuerIsTrusted() {
        HttpResponse<String> response = get(ME, ISSUER.token("nordlia-admin"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"tenant\":\"nordlia\"");
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
