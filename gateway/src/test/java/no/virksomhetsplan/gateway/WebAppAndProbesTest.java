package no.virksomhetsplan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
                        .contains("<div id=\"root\"></div>")
                        .contains("<script type=\"module\"")
                        // The policy allows no inline script or style: everything the app runs comes from files.
                        .doesNotContainPattern("<script>|<script type=\"module\">|<style|style=\""));
    }

    @Test
    void theAppsScriptAndStylesheetAreServed() {
        String html = web.get().uri("/").exchange().expectBody(String.class).returnResult().getResponseBody();
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(html);
        Matcher stylesheet = Pattern.compile("href=\"(/assets/[^\"]+\\.css)\"").matcher(html);
        assertThat(script.find()).as("a script under /assets in %s", html).isTrue();
        assertThat(stylesheet.find()).as("a stylesheet under /assets in %s", html).isTrue();

        web.get().uri(script.group(1)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/javascript");
        web.get().uri(stylesheet.group(1)).exchange()
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
