package no.virksomhetsplan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/** The web app and the health probes are public; the web app gets the same security headers as the API. */
class WebAppAndProbesTest extends GatewayTestBase {

    @LocalServerPort
    int port;

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
    void theAppsScriptAndStylesheetAreServed() throws Exception {
        String html = web.get().uri("/").exchange().expectBody(String.class).returnResult().getResponseBody();
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(html);
        Matcher stylesheet = Pattern.compile("href=\"(/assets/[^\"]+\\.css)\"").matcher(html);
        assertThat(script.find()).as("a script under /assets in %s", html).isTrue();
        assertThat(stylesheet.find()).as("a stylesheet under /assets in %s", html).isTrue();

        web.get().uri(script.group(1)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/javascript")
                // The name carries a hash of the content: cached for a year, never asked for again.
                .expectHeader().value("Cache-Control", cache -> assertThat(cache).contains("max-age=31536000", "immutable")
                        .doesNotContain("no-store"));
        assertTravelsGzippedOverHttp(script.group(1));
        web.get().uri(stylesheet.group(1)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/css");
    }

    /**
     * Through the real server: the copy the build gzipped to a browser that accepts gzip (the same bytes, unpacked), the
     * file itself to one that does not; the gateway compresses nothing itself (ADR 0041).
     */
    private void assertTravelsGzippedOverHttp(String path) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> gzipped = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> plain = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzipped.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Accept-Encoding"));
        assertThat(gzipped.headers().firstValue("Content-Encoding")).as("the script travels gzipped").hasValue("gzip");
        try (InputStream unpacked = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(unpacked.readAllBytes()).as("the gzipped copy is the file").isEqualTo(plain.body());
        }
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
