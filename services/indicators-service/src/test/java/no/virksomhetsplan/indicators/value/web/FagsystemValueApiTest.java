package no.virksomhetsplan.indicators.value.web;

import static no.virksomhetsplan.indicators.Fagsystem.json;
import static no.virksomhetsplan.indicators.Fagsystem.value;
import static no.virksomhetsplan.indicators.IndicatorsApi.DEFINITIONS;
import static no.virksomhetsplan.indicators.IndicatorsApi.ISSUER;
import static no.virksomhetsplan.indicators.IndicatorsApi.aKey;
import static no.virksomhetsplan.indicators.IndicatorsApi.assertProblem;
import static no.virksomhetsplan.indicators.IndicatorsApi.indicator;
import static no.virksomhetsplan.indicators.IndicatorsApi.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.indicators.IndicatorsApi;
import no.virksomhetsplan.indicators.IndicatorsApi.Tree;
import no.virksomhetsplan.platform.orgtree.OrgTreeReplica;
import no.virksomhetsplan.testsupport.ApiClient;
import no.virksomhetsplan.testsupport.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Fagsystemer that cannot speak Kafka deliver the same values over REST, with a client-credentials token. */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FagsystemValueApiTest {

    private static final String VALUES = "/api/indicators/fagsystem/values";
    private final String admin = ISSUER.token("fjordvik-admin");
    private final String fagsystem = ISSUER.token("fjordvik-fagsystem");

    @LocalServerPort
    int port;
    @Autowired
    OrgTreeReplica replica;
    ApiClient api;
    Tree fjordvik;
    String homeVisits;

    @BeforeEach
    void anIndicatorDeliveredByGerica() {
        var indicators = new IndicatorsApi(port, replica);
        api = indicators.client();
        fjordvik = indicators.aTree("fjordvik");
        homeVisits = aKey("hjemmebesok");
        indicators.define(admin, indicator(homeVisits, "gerica", "SUM", "MONTH", fjordvik.first(), fjordvik.second()));
    }

    @Test
    void eachValueIsStoredOrRefusedOnItsOwnAndTheAnswerSaysWhich() {
        Map<String, Object> good = value(homeVisits, fjordvik.first().code(), "2026-01", 1342, "gerica", "g-" + UUID.randomUUID());
        Map<String, Object> alsoGood = value(homeVisits, fjordvik.second().code(), "2026-01", 901, "gerica", "g-" + UUID.randomUUID());
        Map<String, Object> notLinked = value(homeVisits, fjordvik.elsewhere().code(), "2026-01", 3, "gerica", "g-" + UUID.randomUUID());
        String body = "[" + json(good) + "," + json(good) + "," + json(notLinked) + ","
                + json(alsoGood).replace("901", "NaN") + ",{\"indicatorKey\":7}," + json(alsoGood) + "]";

        JsonNode answer = ok(api.post(fagsystem, VALUES, body));

        assertThat(answer.get("stored").asInt()).isEqualTo(2);
        assertThat(answer.get("unchanged").asInt()).isEqualTo(1);
        assertThat(answer.get("refused").asInt()).isEqualTo(3);
        assertThat(answer.get("results")).extracting(result -> result.get("outcome").asString())
                .containsExactly("STORED", "UNCHANGED", "REFUSED", "REFUSED", "REFUSED", "STORED");
        assertThat(answer.get("results")).extracting(result -> result.path("code").asString(""))
                .containsExactly("", "", "UNIT_NOT_LINKED", "NOT_A_FINITE_NUMBER", "SCHEMA", "");
        assertThat(answer.get("results").get(2).get("sourceEventId").asString()).isEqualTo(notLinked.get("sourceEventId"));
        assertThat(answer.get("results").get(2).get("reason").asString()).contains("not measured for");

        JsonNode again = ok(api.post(fagsystem, VALUES, "[" + json(good) + "]"));
        assertThat(again.get("unchanged").asInt()).as("the same source event id again changes nothing").isEqualTo(1);
        JsonNode stored = ok(api.get(admin, "/api/indicators/values?indicatorKey=" + homeVisits + "&unitId=" + fjordvik.first().id()
                + "&from=2026-01&to=2026-12"));
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).get("value").decimalValue()).isEqualByComparingTo("1342");
        assertThat(stored.get(0).get("sourceSystem").asString()).isEqualTo("gerica");
    }

    @Test
    void theMunicipalityIsTheTokensWhateverTheValuesSay() {
        String nordliaFagsystem = ISSUER.token("fjordvik-fagsystem", Map.of("iss", ISSUER.issuerUri("nordlia"), "tenant", "nordlia"));
        Map<String, Object> value = value(homeVisits, fjordvik.first().code(), "2026-01", 1, "gerica", "n-" + UUID.randomUUID());

        JsonNode answer = ok(api.post(nordliaFagsystem, VALUES, "[" + json(value) + "]"));

        assertThat(answer.get("results").get(0).get("code").asString()).isEqualTo("UNKNOWN_INDICATOR");
        assertThat(answer.get("results").get(0).get("reason").asString()).contains("nordlia");
    }

    @Test
    void theFagsystemRoleCanDoNothingElseAndPeopleCannotDoThis() {
        String value = "[" + json(value(homeVisits, fjordvik.first().code(), "2026-02", 1, "gerica", "x-" + UUID.randomUUID())) + "]";

        assertThat(api.post(null, VALUES, value).statusCode()).isEqualTo(401);
        assertThat(api.post(admin, VALUES, value).statusCode()).as("a person on the machine path").isEqualTo(403);
        assertThat(api.post(ISSUER.token("fjordvik-kommunedirektor"), VALUES, value).statusCode()).isEqualTo(403);
        for (String path : List.of(DEFINITIONS, "/api/indicators/values?indicatorKey=" + homeVisits + "&unitId=" + fjordvik.first().id()
                + "&from=2026-01&to=2026-02", "/api/indicators/value-imports/" + UUID.randomUUID())) {
            assertThat(api.get(fagsystem, path).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(api.post(fagsystem, DEFINITIONS, indicator(aKey("x"), "gerica", "SUM", "MONTH", fjordvik.first()).json()).statusCode())
                .isEqualTo(403);
        assertThat(api.post(fagsystem, "/api/indicators/values", "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void theApiDocumentShowsTheContractOfTheValues() {
        JsonNode document = ok(api.get(null, "/v3/api-docs"));

        JsonNode body = document.at("/paths/~1api~1indicators~1fagsystem~1values/post/requestBody/content/application~1json/schema");
        assertThat(body.get("type").asString()).isEqualTo("array");
        assertThat(body.get("maxItems").asInt()).isEqualTo(1000);
        assertThat(body.at("/items/$ref").asString()).endsWith("IndicatorValueReported");
        assertThat(document.at("/components/schemas/IndicatorValueReported/properties").propertyNames())
                .contains("indicatorKey", "unitId", "unitCode", "period", "value", "sourceSystem", "sourceEventId", "corrects");
    }

    @Test
    void aBodyThatIsNoListOfValuesIsRefusedWhole() {
        String one = json(value(homeVisits, fjordvik.first().code(), "2026-03", 1, "gerica", "y-" + UUID.randomUUID()));

        assertProblem(api.post(fagsystem, VALUES, one), 422, "JSON array");
        assertProblem(api.post(fagsystem, VALUES, "[]"), 422, "JSON array");
        assertProblem(api.post(fagsystem, VALUES, "[" + one), 422, "not JSON");
        assertProblem(api.post(fagsystem, VALUES, "[" + String.join(",", java.util.Collections.nCopies(1001, one)) + "]"), 422, "At most 1000");
    }
}
