package no.virksomhetsplan.indicators.definition.web;

import static no.virksomhetsplan.indicators.IndicatorsApi.DEFINITIONS;
import static no.virksomhetsplan.indicators.IndicatorsApi.ISSUER;
import static no.virksomhetsplan.indicators.IndicatorsApi.JSON;
import static no.virksomhetsplan.indicators.IndicatorsApi.aKey;
import static no.virksomhetsplan.indicators.IndicatorsApi.assertProblem;
import static no.virksomhetsplan.indicators.IndicatorsApi.id;
import static no.virksomhetsplan.indicators.IndicatorsApi.indicator;
import static no.virksomhetsplan.indicators.IndicatorsApi.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.contracts.CloudEventHeaders;
import no.virksomhetsplan.contracts.EventSchemas;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.indicators.IndicatorCreated;
import no.virksomhetsplan.contracts.indicators.IndicatorUpdated;
import no.virksomhetsplan.indicators.IndicatorsApi;
import no.virksomhetsplan.indicators.IndicatorsApi.Tree;
import no.virksomhetsplan.platform.orgtree.OrgTreeReplica;
import no.virksomhetsplan.testsupport.ApiClient;
import no.virksomhetsplan.testsupport.Infrastructure;
import no.virksomhetsplan.testsupport.RealInfrastructure;
import no.virksomhetsplan.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IndicatorDefinitionApiTest {

    private final String admin = ISSUER.token("fjordvik-admin");

    @LocalServerPort
    int port;
    @Autowired
    OrgTreeReplica replica;
    IndicatorsApi indicators;
    ApiClient api;
    Tree fjordvik;

    @BeforeEach
    void aFreshPartOfTheTree() {
        indicators = new IndicatorsApi(port, replica);
        api = indicators.client();
        fjordvik = indicators.aTree("fjordvik");
    }

    @Test
    void theAdministratorDefinesAnIndicatorThatEveryoneInTheMunicipalityCanReadAndItIsPublished() {
        String key = aKey("hjemmebesok-antall");
        JsonNode defined = indicators.define(admin, indicator(key, "gerica", "SUM", "MONTH", fjordvik.first(), fjordvik.second()));

        assertThat(defined.get("key").asString()).isEqualTo(key);
        assertThat(defined.get("names").get("nn").asString()).isEqualTo("Talet på heimebesøk");
        assertThat(defined.get("aggregation").asString()).isEqualTo("SUM");
        assertThat(defined.get("periodicity").asString()).isEqualTo("MONTH");
        assertThat(defined.get("source").asString()).isEqualTo("gerica");
        assertThat(defined.get("rollUp").asBoolean()).as("rolls up unless told otherwise").isTrue();
        assertThat(defined.get("minValue").decimalValue()).isEqualByComparingTo("0");
        assertThat(defined.get("unitIds")).hasSize(2);
        assertThat(defined.get("version").asLong()).isEqualTo(1);

        String employee = ISSUER.token("fjordvik-medarbeider");
        assertThat(ok(api.get(employee, DEFINITIONS + "/" + id(defined)))).isEqualTo(defined);
        assertThat(ok(api.get(employee, DEFINITIONS)).findValues("key").stream().map(JsonNode::asString)).contains(key);
        assertThat(ok(api.get(employee, DEFINITIONS + "?serviceArea=OPPVEKST")).findValues("key").stream().map(JsonNode::asString))
                .doesNotContain(key);

        try (var topic = new TopicReader(Infrastructure.endpoints().kafkaBootstrapServers(), Topics.INDICATORS)) {
            ConsumerRecord<String, byte[]> event = topic.awaitRecord(r -> ("indicator/" + id(defined)).equals(r.key()),
                    Duration.ofSeconds(20));
            assertThat(TopicReader.header(event, CloudEventHeaders.TYPE)).isEqualTo(IndicatorCreated.TYPE);
            assertThat(TopicReader.header(event, CloudEventHeaders.TENANT)).isEqualTo("fjordvik");
            assertThat(EventSchemas.violations(IndicatorCreated.TYPE, new String(event.value()))).isEmpty();
            assertThat(JSON.readTree(event.value()).get("indicator").get("key").asString()).isEqualTo(key);
        }
    }

    @Test
    void anEditNamesTheVersionItWasBasedOnAndKeepsKeyAndPeriodicity() {
        String key = aKey("sykefravaer-prosent");
        JsonNode defined = indicators.define(admin, indicator(key, "visma-hrm", "AVERAGE", "TERTIAL", fjordvik.first()));
        String path = DEFINITIONS + "/" + id(defined);

        JsonNode revised = ok(api.put(admin, path, indicator(key, "visma-hrm", "AVERAGE", "TERTIAL", fjordvik.first(), fjordvik.sector())
                .with("version", 1).with("maxValue", 100).with("rollUp", false).json()));
        var stale = api.put(admin, path, indicator(key, "visma-hrm", "AVERAGE", "TERTIAL", fjordvik.first()).with("version", 1).json());
        var newPeriodicity = api.put(admin, path, indicator(key, "visma-hrm", "AVERAGE", "MONTH", fjordvik.first()).with("version", 2).json());
        var newKey = api.put(admin, path, indicator(aKey("annet"), "visma-hrm", "AVERAGE", "TERTIAL", fjordvik.first()).with("version", 2).json());
        var noVersion = api.put(admin, path, indicator(key, "visma-hrm", "AVERAGE", "TERTIAL", fjordvik.first()).json());

        assertThat(revised.get("version").asLong()).isEqualTo(2);
        assertThat(revised.get("maxValue").decimalValue()).isEqualByComparingTo("100");
        assertThat(revised.get("rollUp").asBoolean()).isFalse();
        assertThat(revised.get("unitIds")).hasSize(2);
        assertProblem(stale, 409, "changed by someone else");
        assertProblem(newPeriodicity, 422, "cannot change");
        assertProblem(newKey, 422, "key never changes");
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(ok(api.get(admin, path))).isEqualTo(revised);

        try (var topic = new TopicReader(Infrastructure.endpoints().kafkaBootstrapServers(), Topics.INDICATORS)) {
            ConsumerRecord<String, byte[]> event = topic.awaitRecord(r -> ("indicator/" + id(defined)).equals(r.key())
                    && IndicatorUpdated.TYPE.equals(TopicReader.header(r, CloudEventHeaders.TYPE)), Duration.ofSeconds(20));
            assertThat(EventSchemas.violations(IndicatorUpdated.TYPE, new String(event.value()))).isEmpty();
            assertThat(JSON.readTree(event.value()).get("version").asLong()).isEqualTo(2);
        }
    }

    @Test
    void onlyTheAdministratorDefinesAndEdits() {
        String body = indicator(aKey("barnehagesoknader"), "MANUAL", "SUM", "MONTH", fjordvik.first()).json();
        JsonNode defined = indicators.define(admin, indicator(aKey("mobbesaker"), "MANUAL", "SUM", "MONTH", fjordvik.first()));

        assertProblem(api.post(ISSUER.token("fjordvik-virksomhetsleder"), DEFINITIONS, body), 403, "administrator");
        assertProblem(api.post(ISSUER.token("fjordvik-kommunedirektor"), DEFINITIONS, body), 403, "administrator");
        assertThat(api.post(ISSUER.token("fjordvik-fagsystem"), DEFINITIONS, body).statusCode()).isEqualTo(403);
        assertProblem(api.put(ISSUER.token("fjordvik-virksomhetsleder"), DEFINITIONS + "/" + id(defined),
                indicator(defined.get("key").asString(), "MANUAL", "SUM", "MONTH", fjordvik.first()).with("version", 1).json()),
                403, "administrator");
    }

    @Test
    void aDefinitionIsRefusedWithTheReason() {
        String taken = aKey("bosatte-flyktninger");
        indicators.define(admin, indicator(taken, "MANUAL", "LAST", "MONTH", fjordvik.first()));
        IndicatorsApi.Unit unknown = new IndicatorsApi.Unit(UUID.randomUUID(), "X", "Ukjent");
        IndicatorsApi.Unit nordlias = indicators.aTree("nordlia").first();

        assertProblem(api.post(admin, DEFINITIONS, indicator(taken, "MANUAL", "LAST", "MONTH", fjordvik.first()).json()), 409, "already has");
        assertProblem(api.post(admin, DEFINITIONS, indicator(aKey("a"), "MANUAL", "SUM", "MONTH", unknown).json()), 404, unknown.id().toString());
        assertProblem(api.post(admin, DEFINITIONS, indicator(aKey("b"), "MANUAL", "SUM", "MONTH", nordlias).json()), 404, nordlias.id().toString());
        assertProblem(api.post(admin, DEFINITIONS, indicator("Stor Bokstav", "MANUAL", "SUM", "MONTH", fjordvik.first()).json()), 422, "lower-case");
        assertProblem(api.post(admin, DEFINITIONS, indicator(aKey("c"), "Gerica", "SUM", "MONTH", fjordvik.first()).json()), 422, "source");
        assertProblem(api.post(admin, DEFINITIONS, indicator(aKey("d"), "MANUAL", "SUM", "MONTH", fjordvik.first())
                .with("minValue", 10).with("maxValue", 1).json()), 422, "above its highest");
        assertProblem(api.post(admin, DEFINITIONS, indicator(aKey("e"), "MANUAL", "MEDIAN", "MONTH", fjordvik.first()).json()), 400, "aggregation");
        assertProblem(api.post(admin, DEFINITIONS, indicator(aKey("f"), "MANUAL", "SUM", "WEEK", fjordvik.first()).json()), 400, "periodicity");
        assertProblem(api.post(admin, DEFINITIONS, indicator(aKey("g"), "MANUAL", "SUM", "MONTH").json()), 400, "unitIds");
        assertProblem(api.post(admin, DEFINITIONS, indicator(aKey("h"), "MANUAL", "SUM", "MONTH", fjordvik.first())
                .with("names", Map.of("nb", "Bare bokmål")).json()), 400, "names");
        assertProblem(api.post(admin, DEFINITIONS, indicator(null, "MANUAL", "SUM", "MONTH", fjordvik.first()).json()), 400, "key");
    }

    @Test
    void anotherMunicipalitySeesNoneOfIt() {
        JsonNode defined = indicators.define(admin, indicator(aKey("hjemmebesok"), "gerica", "SUM", "MONTH", fjordvik.first()));
        String nordliaAdmin = ISSUER.token("nordlia-admin");

        assertThat(api.get(nordliaAdmin, DEFINITIONS + "/" + id(defined)).statusCode()).isEqualTo(404);
        assertThat(api.get(nordliaAdmin, DEFINITIONS).body()).doesNotContain(id(defined).toString());
        assertThat(api.put(nordliaAdmin, DEFINITIONS + "/" + id(defined), indicator(defined.get("key").asString(), "gerica", "SUM",
                "MONTH", fjordvik.first()).with("version", 1).json()).statusCode()).isEqualTo(404);
        assertThat(List.of(ok(api.get(nordliaAdmin, DEFINITIONS)))).isNotNull();
    }

    /** Found by the system's bad-input test: a NUL in the service-area filter reached PostgreSQL and came back as 500. */
    @Test
    void aServiceAreaFilterWithANulCharacterIsABadRequestNamingTheParameter() {
        HttpResponse<String> response = api.get(admin, DEFINITIONS + "?serviceArea=Helse%00omsorg");

        assertProblem(response, 400, "serviceArea");
        assertThat(response.body()).contains("\"field\":\"serviceArea\"");
        assertThat(api.get(admin, DEFINITIONS + "?serviceArea=Helse%E2%80%8Bomsorg").statusCode()).isEqualTo(200);
    }
}
