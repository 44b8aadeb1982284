package no.virksomhetsplan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import no.virksomhetsplan.platform.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

class ProblemDetailsTest extends PlatformIntegrationTest {

    private static final String THINGS = "/api/probe/things";
    private final String token = ISSUER.token("fjordvik-admin");

    @Test
    void anInvalidBodyNamesEveryInvalidField() {
        HttpResponse<String> response = post(THINGS, token, "{\"name\":\"\",\"size\":0}");

        assertProblem(response, 400);
        assertThat(response.body()).contains("\"field\":\"name\"", "\"field\":\"size\"");
    }

    @Test
    void anInvalidBodyNextToAConstrainedParameterStillNamesItsFields() {
        HttpResponse<String> response = post("/api/probe/shelves/0/things", token, "{\"name\":\"\",\"size\":0}");

        assertProblem(response, 400);
        assertThat(response.body()).contains("\"field\":\"shelf\"", "\"field\":\"name\"", "\"field\":\"size\"");
    }

    @Test
    void aValueOfTheWrongTypeNamesTheField() {
        HttpResponse<String> response = post(THINGS, token, "{\"name\":\"Lia\",\"size\":\"big\"}");

        assertProblem(response, 400);
        assertThat(response.body()).contains("\"field\":\"size\"");
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() {
        assertProblem(post(THINGS, token, "{name: Lia"), 400);
    }

    @Test
    void aValidBodyPasses() {
        HttpResponse<String> response = post(THINGS, token, "{\"name\":\"Lia\",\"size\":3}");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void somethingMissingIsNotFound() {
        HttpResponse<String> response = get("/api/probe/missing", token);

        assertProblem(response, 404);
        assertThat(response.body()).contains("No such thing in your municipality.");
    }

    @Test
    void anUnknownPathIsNotFound() {
        assertProblem(get("/api/probe/nowhere", token), 404);
    }

    @Test
    void aDefectNeverShowsItsInternals() {
        HttpResponse<String> response = get("/api/probe/defect", token);

        assertProblem(response, 500);
        assertThat(response.body()).contains("errorId").doesNotContain("secret", "no.virksomhetsplan", "Exception", "at ");
    }

    @Test
    void aDatabaseThatCannotBeReachedIsServiceUnavailableWithRetryAfterNeverA500() {
        HttpResponse<String> response = get("/api/probe/database-down", token);

        assertProblem(response, 503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(response.body()).contains("cannot reach its database").doesNotContain("errorId", "127.0.0.1", "Exception");
    }

    @Test
    void textTheDatabaseCannotStoreIsRefusedNamingTheField() {
        // NUL (PostgreSQL: "invalid byte sequence for encoding UTF8: 0x00") and a lone surrogate, escaped in valid JSON.
        for (String name : List.of("a\\u0000b", "x\\ud800y", "\\udc00")) {
            HttpResponse<String> response = post(THINGS, token, "{\"name\":\"" + name + "\",\"size\":1}");

            assertProblem(response, 400);
            assertThat(response.body()).contains("\"field\":\"name\"", "NUL or an unpaired surrogate");
        }
    }

    @Test
    void unusualButValidUnicodePasses() {
        String name = "\u202Eabc\u200B\u200D 👩‍👩‍👧 e\u0301 ﷽";
        HttpResponse<String> response = post(THINGS, token, "{\"name\":\"" + name + "\",\"size\":1}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(name);
    }

    @Test
    void aQueryParameterWithNulIsRefusedNamingIt() {
        HttpResponse<String> response = get("/api/probe/search?q=a%00b", token);

        assertProblem(response, 400);
        assertThat(response.body()).contains("\"field\":\"q\"");
        assertThat(get("/api/probe/search?q=%E2%80%AEabc", token).statusCode()).isEqualTo(200);
    }

    @Test
    void aValueThePostgresqlRefusesAsDataIsABadRequestNotA500() {
        HttpResponse<String> response = get("/api/probe/too-big", token);

        assertProblem(response, 400);
        assertThat(response.body()).contains("cannot be stored").doesNotContain("errorId", "smallint");
    }

    @Test
    void aConstraintCheckedByAValidationProxyIsABadRequestNamingTheParameter() {
        HttpResponse<String> response = get("/api/probe/validated?year=-1", token);

        assertProblem(response, 400);
        assertThat(response.body()).contains("\"field\":\"year\"").doesNotContain("errorId");
        assertThat(get("/api/probe/validated?year=2027", token).statusCode()).isEqualTo(200);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status);
    }
}
