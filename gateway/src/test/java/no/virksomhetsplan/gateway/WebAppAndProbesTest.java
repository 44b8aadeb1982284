package no.virksomhetsplan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The web app and the health probes are public; the web app gets the same security headers as the API. */
class WebAppAndProbesTest extends GatewayTestBase {

    @Test
    void rootServesTheWebApp() {
        web.get().uri("/")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp).contains("default-src 'self'"))
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectBody(String.class).value(html -> assertThat(html)
                        .contains("lang=\"nb\"")
                        .contains("<h1>Virksomhetsplan</h1>")
                        .contains("href=\"#innhold\""));
    }

    @Test
    void stylesheetIsServed() {
        web.get().uri("/styles.css")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/css");
    }

    @Test
    void readinessAndLivenessNeedNoToken() {
        web.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        web.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }
}
