package no.virksomhetsplan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import no.virksomhetsplan.platform.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every service with springdoc publishes an OpenAPI 3.1 document, open to the gateway, with the shared parts. */
class OpenApiTest extends PlatformIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonNode document() {
        HttpResponse<String> response = get("/v3/api-docs", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void theDocumentIsOpenAndOpenApi31() {
        JsonNode doc = document();

        assertThat(doc.path("openapi").asString()).startsWith("3.1");
        assertThat(doc.path("paths").has("/api/probe/me")).isTrue();
        assertThat(doc.path("servers").get(0).path("url").asString()).isEqualTo("/");
    }

    @Test
    void bearerJwtIsDeclaredOnceAndRequiredEverywhere() {
        JsonNode doc = document();

        JsonNode scheme = doc.path("components").path("securitySchemes").path(OpenApiAutoConfiguration.BEARER_SCHEME);
        assertThat(scheme.path("type").asString()).isEqualTo("http");
        assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
        assertThat(scheme.path("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(doc.path("security").get(0).has(OpenApiAutoConfiguration.BEARER_SCHEME)).isTrue();
    }

    @Test
    void problemAnswersAreDocumentedAsProblemJson() {
        JsonNode doc = document();

        JsonNode create = doc.path("paths").path("/api/probe/things").path("post").path("responses");
        for (String status : new String[] {"400", "401", "403"}) {
            assertThat(create.path(status).path("content").has("application/problem+json")).as(status).isTrue();
        }
        assertThat(doc.path("components").path("schemas").path("Problem").path("properties").has("status")).isTrue();
    }

    @Test
    void theCallerIsNotAParameter() {
        JsonNode me = document().path("paths").path("/api/probe/me").path("get");

        assertThat(me.path("parameters").isMissingNode() || me.path("parameters").isEmpty()).as(me.toString()).isTrue();
    }
}
