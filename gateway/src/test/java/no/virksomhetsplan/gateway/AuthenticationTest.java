package no.virksomhetsplan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import no.virksomhetsplan.testsupport.TestIssuer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** The API is closed to anything but a valid token from a trusted issuer, and refusals never reach a service. */
class AuthenticationTest extends GatewayTestBase {

    @org.springframework.beans.factory.annotation.Value("${local.server.port}")
    int port;

    @Test
    void withoutTokenIsUnauthorizedAsProblemJson() {
        web.get().uri("/api/plans/units")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(RequestIdFilter.HEADER)
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.title").isEqualTo("Unauthorized")
                .jsonPath("$.instance").isEqualTo("/api/plans/units");

        assertThat(PLANS.calls()).isEmpty();
    }

    @ParameterizedTest(name = "a path with {0} is refused as problem+json")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"a%2Fb", "a%5Cb", "a%3Bb", "a%25b"})
    void aPathTheFirewallRefusesIsABadRequestAsProblemJson(String segment) {
        // An absolute URI, so the client sends the percent-encoding as it is.
        web.get().uri(java.net.URI.create("http://localhost:" + port + "/api/plans/units/" + segment))
                .headers(headers -> headers.setBearerAuth(ISSUER.token("fjordvik-admin")))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.detail").isEqualTo("The request path contains characters that are not allowed.");

        assertThat(PLANS.calls()).isEmpty();
    }

    @Test
    void aHeaderValueWithAControlCharacterIsRefusedByTheFirewallAsProblemJson() {
        // U+0085 (a C1 control character) travels as one ISO-8859-1 byte; the firewall refuses it when the token is read.
        web.get().uri("/api/plans/units")
                .header(HttpHeaders.AUTHORIZATION, "Bearer abc\u0085def")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400);

        assertThat(PLANS.calls()).isEmpty();
    }

    static Stream<Arguments> rejectedTokens() {
        return Stream.of(
                rejected("expired", issuer -> issuer.expiredToken("fjordvik-admin")),
                rejected("for another audience", issuer -> issuer.tokenForAnotherAudience("fjordvik-admin")),
                rejected("from an untrusted issuer", issuer -> issuer.tokenFromUntrustedIssuer("fjordvik-admin")),
                rejected("unsigned (alg none)", issuer -> issuer.unsignedToken("fjordvik-admin")),
                rejected("HS256 signed with the public key", issuer -> issuer.hs256TokenSignedWithPublicKey("fjordvik-admin")),
                rejected("with a forged signature", issuer -> issuer.tokenWithForgedSignature("fjordvik-admin")),
                rejected("naming another tenant than its issuer's",
                        issuer -> issuer.token("fjordvik-admin", Map.of("tenant", "nordlia"))));
    }

    private static Arguments rejected(String name, Function<TestIssuer, String> token) {
        return Arguments.of(name, token);
    }

    @ParameterizedTest(name = "a token {0} is refused")
    @MethodSource("rejectedTokens")
    void invalidTokensAreRefusedBeforeReachingTheService(String name, Function<TestIssuer, String> token) {
        web.get().uri("/api/plans/units")
                .headers(headers -> headers.setBearerAuth(token.apply(ISSUER)))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, value -> assertThat(value).startsWith("Bearer error=\"invalid_token\""))
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(401);

        assertThat(PLANS.calls()).isEmpty();
    }

    @Test
    void everyTrustedRealmIsAccepted() {
        for (String fixture : new String[] {"fjordvik-admin", "nordlia-admin"}) {
            web.get().uri("/api/plans/units")
                    .headers(headers -> headers.setBearerAuth(ISSUER.token(fixture)))
                    .exchange()
                    .expectStatus().isOk();
        }
        assertThat(PLANS.calls()).hasSize(2);
    }

    @Test
    void aRealmOnboardedWhileTheGatewayRunsIsTrustedWithItsNameAsTenant() {
        String realm = "onboarded-" + UUID.randomUUID().toString().substring(0, 8);
        ISSUER.addRealm(realm);

        for (int i = 0; i < 3; i++) {
            web.get().uri("/api/plans/units")
                    .headers(headers -> headers.setBearerAuth(ISSUER.tokenInRealm(realm, "fjordvik-admin")))
                    .exchange()
                    .expectStatus().isOk();
        }
        web.get().uri("/api/plans/units")
                .headers(headers -> headers.setBearerAuth(ISSUER.token("fjordvik-admin", Map.of("iss", ISSUER.issuerUri(realm)))))
                .exchange()
                .expectStatus().isUnauthorized();

        assertThat(PLANS.calls()).hasSize(3);
        assertThat(ISSUER.keyRequests(realm)).as("looked up once, keys fetched once").isEqualTo(2);
    }

    @Test
    void aTokenThatCannotBeCheckedForWantOfItsIssuersKeysIsA503WithRetryAfterNotA500() {
        String realm = "keyless-" + UUID.randomUUID().toString().substring(0, 8);
        ISSUER.addRealmWhoseKeysFailAfterTheFirstRequest(realm);

        web.get().uri("/api/plans/units")
                .headers(headers -> headers.setBearerAuth(ISSUER.tokenInRealm(realm, "fjordvik-admin")))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("Retry-After", "5")
                .expectBody(String.class).value(body -> assertThat(body).doesNotContain("Exception", "certs"));

        assertThat(PLANS.calls()).isEmpty();
    }

    @Test
    void aRealmKeycloakDoesNotHaveIsRefusedAndAskedForOnlyOnce() {
        String realm = "invented-" + UUID.randomUUID().toString().substring(0, 8);

        for (int i = 0; i < 5; i++) {
            web.get().uri("/api/plans/units")
                    .headers(headers -> headers.setBearerAuth(ISSUER.tokenInRealm(realm, "fjordvik-admin")))
                    .exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }

        assertThat(PLANS.calls()).isEmpty();
        assertThat(ISSUER.keyRequests(realm)).isEqualTo(1);
    }

    @Test
    void actuatorEndpointsOtherThanHealthAreClosedEvenWithAToken() {
        web.get().uri("/actuator/env")
                .headers(headers -> headers.setBearerAuth(ISSUER.token("fjordvik-admin")))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(403)
                .jsonPath("$.instance").isEqualTo("/actuator/env");
    }
}
