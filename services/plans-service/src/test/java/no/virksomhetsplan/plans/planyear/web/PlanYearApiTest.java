package no.virksomhetsplan.plans.planyear.web;

import static no.virksomhetsplan.plans.PlansApi.ISSUER;
import static no.virksomhetsplan.plans.PlansApi.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import no.virksomhetsplan.contracts.CloudEventHeaders;
import no.virksomhetsplan.contracts.EventSchemas;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.plans.PlanYearChanged;
import no.virksomhetsplan.plans.PlansApi;
import no.virksomhetsplan.testsupport.ApiClient;
import no.virksomhetsplan.testsupport.Infrastructure;
import no.virksomhetsplan.testsupport.RealInfrastructure;
import no.virksomhetsplan.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanYearApiTest {

    private static final String YEARS = "/api/plans/plan-years";
    private final String admin = ISSUER.token("fjordvik-admin");

    @LocalServerPort
    int port;
    PlansApi plans;
    ApiClient api;

    @BeforeEach
    void connect() {
        plans = new PlansApi(port);
        api = plans.client();
    }

    @Test
    void theKommunedirektorTakesAYearFromPlanningToClosedAndEachStepIsPublished() {
        int year = plans.aFreshPlanYear(admin);
        String kommunedirektor = ISSUER.token("fjordvik-kommunedirektor");

        assertThat(state(api.post(kommunedirektor, YEARS + "/" + year + "/activate", ""))).isEqualTo("ACTIVE");
        assertThat(state(api.post(kommunedirektor, YEARS + "/" + year + "/close", ""))).isEqualTo("CLOSED");

        try (var topic = new TopicReader(Infrastructure.endpoints().kafkaBootstrapServers(), Topics.PLANS)) {
            ConsumerRecord<String, byte[]> closed = topic.awaitRecord(r -> ("plan-year/" + year).equals(r.key())
                    && new String(r.value()).contains("CLOSED"), Duration.ofSeconds(20));
            assertThat(TopicReader.header(closed, CloudEventHeaders.TYPE)).isEqualTo(PlanYearChanged.TYPE);
            assertThat(TopicReader.header(closed, CloudEventHeaders.TENANT)).isEqualTo("fjordvik");
            assertThat(EventSchemas.violations(PlanYearChanged.TYPE, new String(closed.value()))).isEmpty();
        }
    }

    @Test
    void stepsOutOfOrderAreRefusedNamingTheRule() {
        int year = plans.aFreshPlanYear(admin);

        HttpResponse<String> closeWhilePlanning = api.post(admin, YEARS + "/" + year + "/close", "");

        assertThat(closeWhilePlanning.statusCode()).isEqualTo(422);
        assertThat(closeWhilePlanning.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(closeWhilePlanning.body()).contains("Only an active plan year can be closed");
        assertThat(api.post(admin, YEARS, "{\"year\":" + year + "}").statusCode()).isEqualTo(409);
        assertThat(api.post(admin, YEARS + "/1999/activate", "").statusCode()).isEqualTo(404);
        assertThat(api.post(admin, YEARS, "{\"year\":1800}").statusCode()).isEqualTo(400);
        assertThat(api.post(admin, YEARS, "{}").body()).contains("\"field\":\"year\"");
    }

    @Test
    void onlyTheTopCanChangeAYearAndEachMunicipalityHasItsOwn() {
        int year = plans.aFreshPlanYear(admin);

        assertThat(api.post(ISSUER.token("fjordvik-virksomhetsleder"), YEARS + "/" + year + "/activate", "").statusCode()).isEqualTo(403);
        assertThat(api.get(ISSUER.token("fjordvik-medarbeider"), YEARS).body()).contains("\"year\":" + year);
        assertThat(api.get(ISSUER.token("nordlia-admin"), YEARS).body()).doesNotContain("\"year\":" + year);
        assertThat(api.post(ISSUER.token("nordlia-admin"), YEARS + "/" + year + "/activate", "").statusCode()).isEqualTo(404);
    }

    private static String state(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("state").asString();
    }
}
