package no.virksomhetsplan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** One documentation page for the whole API, built from each service's OpenAPI document fetched through the gateway. */
class ApiDocsTest extends GatewayTestBase {

    @Test
    void aServicesDocumentIsRoutedToItsV3ApiDocsWithoutAToken() {
        web.get().uri("/api/plans/v3/api-docs")
                .exchange()
                .expectStatus().isOk();

        assertThat(PLANS.calls()).singleElement().satisfies(call -> {
            assertThat(call.path()).isEqualTo("/v3/api-docs");
            assertThat(call.method()).isEqualTo("GET");
        });
    }

    @Test
    void onlyReadingTheDocumentIsPublicNotOtherPathsOrMethods() {
        web.post().uri("/api/plans/v3/api-docs").exchange().expectStatus().isUnauthorized();
        web.get().uri("/api/plans/v3/api-docs/../units").exchange().expectStatus().is4xxClientError();
        web.get().uri("/api/plans/v3/api-docs/swagger-config").exchange().expectStatus().isUnauthorized();

        assertThat(PLANS.calls()).isEmpty();
    }

    @Test
    void thePageListsEveryServicesDocument() {
        web.get().uri("/api-docs/services")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(5)
                .jsonPath("$[?(@.name == 'plans')].url").isEqualTo("/api/plans/v3/api-docs")
                .jsonPath("$[?(@.name == 'reporting')].url").isEqualTo("/api/reporting/v3/api-docs")
                .jsonPath("$[?(@.name == 'indicators')].url").isEqualTo("/api/indicators/v3/api-docs");
    }

    @Test
    void thePageIsServedWithTheStrictContentSecurityPolicy() {
        String page = web.get().uri("/api-docs")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp)
                        .contains("default-src 'self'")
                        .contains("frame-ancestors 'none'")
                        .doesNotContain("unsafe-inline")
                        .doesNotContain("unsafe-eval"))
                .expectBody(String.class).returnResult().getResponseBody();

        // No inline script (the policy would block it): the set-up is an external file.
        assertThat(page).contains("<script src=\"/api-docs/init.js\"></script>").doesNotContainPattern("<script>");
        assertThat(page).contains("/webjars/swagger-ui/swagger-ui-bundle.js");
    }

    @Test
    void swaggerUiIsServedFromItsWebjar() {
        for (String file : new String[] {"/webjars/swagger-ui/swagger-ui-bundle.js", "/webjars/swagger-ui/swagger-ui-standalone-preset.js",
                "/webjars/swagger-ui/swagger-ui.css", "/api-docs/init.js"}) {
            web.get().uri(file).exchange().expectStatus().isOk();
        }
    }
}
