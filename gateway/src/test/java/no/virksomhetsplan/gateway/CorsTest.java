package no.virksomhetsplan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** Browsers may call the API only from the configured origins (the test context allows two). */
class CorsTest extends GatewayTestBase {

    @Test
    void aPreflightFromAConfiguredOriginIsAllowedWithoutAToken() {
        web.options().uri("/api/plans/units")
                .header(HttpHeaders.ORIGIN, "https://plan.example.no")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://plan.example.no")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods -> assertThat(methods).contains("POST"))
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
                        headers -> assertThat(headers.toLowerCase()).contains("authorization").contains("content-type"))
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);

        assertThat(PLANS.calls()).isEmpty();
    }

    @Test
    void aPreflightFromAnyOtherOriginIsRefused() {
        web.options().uri("/api/plans/units")
                .header(HttpHeaders.ORIGIN, "https://evil.example.com")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);

        assertThat(PLANS.calls()).isEmpty();
    }

    @Test
    void anActualRequestFromAConfiguredOriginGetsTheHeadersThroughTheRoute() {
        web.get().uri("/api/plans/units")
                .header(HttpHeaders.ORIGIN, "http://localhost:8080")
                .headers(headers -> headers.setBearerAuth(ISSUER.token("fjordvik-admin")))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:8080")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                        exposed -> assertThat(exposed).contains(RequestIdFilter.HEADER).contains(HttpHeaders.RETRY_AFTER));
    }

    @Test
    void anActualRequestFromAnotherOriginIsRefusedBeforeTheService() {
        web.get().uri("/api/plans/units")
                .header(HttpHeaders.ORIGIN, "https://evil.example.com")
                .headers(headers -> headers.setBearerAuth(ISSUER.token("fjordvik-admin")))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);

        assertThat(PLANS.calls()).isEmpty();
    }
}
