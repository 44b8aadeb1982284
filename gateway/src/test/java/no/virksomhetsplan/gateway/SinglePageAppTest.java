package no.virksomhetsplan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import no.virksomhetsplan.testsupport.TestIssuer;
import org.springframework.http.MediaType;

/**
 * The web app is a single-page app: an address of one of its pages, bookmarked or reloaded, gets the app's
 * index.html (with the same strict headers), while files, the API and the gateway's own paths are never replaced by it.
 */
class SinglePageAppTest extends GatewayTestBase {

    @Test
    void aClientRouteGetsTheAppsIndexPage() {
        for (String route : new String[] {"/org", "/org/8c0e3a4e-5b1f-4c55-9d0e-1f2a3b4c5d6e", "/units/abc/plan/2027",
                "/admin/plan-years", "/callback"}) {
            web.get().uri(route)
                    .accept(MediaType.TEXT_HTML)
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectHeader().value("Cache-Control", cache -> assertThat(cache).contains("no-cache"))
                    .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp).contains("default-src 'self'"))
                    .expectHeader().valueEquals("X-Frame-Options", "DENY")
                    .expectBody(String.class).value(html -> assertThat(html).contains("<div id=\"root\"></div>"));
        }
    }

    @Test
    void aMissingFileIsNotFoundNotTheApp() {
        web.get().uri("/assets/no-such-file.js").exchange().expectStatus().isNotFound();
        web.get().uri("/org/report.pdf").exchange().expectStatus().isNotFound();
    }

    @Test
    void theApiAndTheGatewaysOwnPathsAreNeverTheApp() {
        web.get().uri("/api/plans/org-units").accept(MediaType.TEXT_HTML).exchange().expectStatus().isUnauthorized();
        web.get().uri("/api/unknown").accept(MediaType.TEXT_HTML).exchange().expectStatus().isUnauthorized();
        web.get().uri("/actuator/env").accept(MediaType.TEXT_HTML).exchange().expectStatus().is4xxClientError();
        web.get().uri("/api-docs/services").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(PLANS.calls()).isEmpty();
    }

    @Test
    void whichRoutesAreTheApps() {
        assertThat(WebApp.isClientRoute("/")).isTrue();
        assertThat(WebApp.isClientRoute("/org/1234-abcd")).isTrue();
        assertThat(WebApp.isClientRoute("/accessibility/")).isTrue();
        assertThat(WebApp.isClientRoute("/index.html")).isFalse();
        assertThat(WebApp.isClientRoute("/assets/index-1a2b.js")).isFalse();
        assertThat(WebApp.isClientRoute("/org//x")).isFalse();
        assertThat(WebApp.isClientRoute("/api")).isFalse();
        assertThat(WebApp.isClientRoute("/api/plans/settings")).isFalse();
        assertThat(WebApp.isClientRoute("/actuator/health")).isFalse();
        assertThat(WebApp.isClientRoute("/api-docs")).isFalse();
        assertThat(WebApp.isClientRoute("/webjars/swagger-ui/index.html")).isFalse();
    }

    @Test
    void theAppLearnsWhichMunicipalitiesItCanSignInTo() {
        web.get().uri("/app-config.json")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.clientId").isEqualTo("virksomhetsplan-web")
                .jsonPath("$.municipalities.length()").isEqualTo(TestIssuer.TRUSTED_TENANTS.size())
                .jsonPath("$.municipalities[0].id").isEqualTo(TestIssuer.TRUSTED_TENANTS.get(0))
                .jsonPath("$.municipalities[?(@.id == 'fjordvik')].name").isEqualTo("Fjordvik kommune")
                .jsonPath("$.municipalities[0].issuer").isEqualTo(ISSUER.issuerUri(TestIssuer.TRUSTED_TENANTS.get(0)));
    }
}
