package no.virksomhetsplan.indicators.value.web;

import static no.virksomhetsplan.indicators.IndicatorsApi.ISSUER;
import static no.virksomhetsplan.indicators.IndicatorsApi.JSON;
import static no.virksomhetsplan.indicators.IndicatorsApi.aKey;
import static no.virksomhetsplan.indicators.IndicatorsApi.assertProblem;
import static no.virksomhetsplan.indicators.IndicatorsApi.indicator;
import static no.virksomhetsplan.indicators.IndicatorsApi.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

/** The municipality's own statistics, entered by hand or uploaded as CSV by the people responsible for the units. */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ManualValueApiTest {

    private static final String VALUES = "/api/indicators/values";
    private static final String IMPORTS = "/api/indicators/value-imports";
    private final String admin = ISSUER.token("fjordvik-admin");

    @LocalServerPort
    int port;
    @Autowired
    OrgTreeReplica replica;
    ApiClient api;
    Tree fjordvik;
    String bullying;
    String homeVisits;
    List<IndicatorsApi.Unit> sectorUnits;

    @BeforeEach
    void indicatorsEnteredByHandAndOneFromAFagsystem() {
        var indicators = new IndicatorsApi(port, replica);
        api = indicators.client();
        fjordvik = indicators.aTree("fjordvik");
        bullying = aKey("mobbesaker");
        homeVisits = aKey("hjemmebesok");
        sectorUnits = List.of(fjordvik.first(), fjordvik.second(), indicators.aUnitIn(fjordvik), indicators.aUnitIn(fjordvik));
        indicators.define(admin, indicator(bullying, "MANUAL", "SUM", "MONTH", sectorUnits.get(0), sectorUnits.get(1), sectorUnits.get(2),
                sectorUnits.get(3), fjordvik.elsewhere()));
        indicators.define(admin, indicator(homeVisits, "gerica", "SUM", "MONTH", fjordvik.first()));
    }

    private String headOf(IndicatorsApi.Unit unit, String role) {
        return ISSUER.token("fjordvik-virksomhetsleder", Map.of("org_unit", unit.code(), "preferred_username", "leder-" + unit.code(),
                "realm_access", Map.of("roles", List.of(role))));
    }

    private String entry(String key, IndicatorsApi.Unit unit, String period, Object value) {
        return JSON.writeValueAsString(Map.of("indicatorKey", key, "unitId", unit.id().toString(), "period", period, "value", value));
    }

    @Test
    void aLeaderEntersValuesForTheirUnitsAndACorrectionKeepsTheHistory() {
        String sectorHead = headOf(fjordvik.sector(), "kommunalsjef");

        JsonNode first = IndicatorsApi.created(api.post(sectorHead, VALUES, entry(bullying, fjordvik.first(), "2026-01", 2)));
        JsonNode second = IndicatorsApi.created(api.post(headOf(fjordvik.first(), "virksomhetsleder"), VALUES,
                entry(bullying, fjordvik.first(), "2026-01", 3)));

        assertThat(first.get("previousValue").isNull()).isTrue();
        assertThat(second.get("previousValue").decimalValue()).isEqualByComparingTo("2");
        JsonNode history = ok(api.get(ISSUER.token("fjordvik-medarbeider"), VALUES + "/history?indicatorKey=" + bullying + "&unitId="
                + fjordvik.first().id() + "&period=2026-01"));
        assertThat(history).extracting(value -> value.get("value").decimalValue().intValue()).containsExactly(2, 3);
        assertThat(history).extracting(value -> value.get("current").asBoolean()).containsExactly(false, true);
        assertThat(history.get(0).get("replacedBy").asString()).isEqualTo(second.get("sourceEventId").asString());
        assertThat(history.get(1).get("recordedBy").asString()).isEqualTo("leder-" + fjordvik.first().code());
        assertThat(history.get(1).get("sourceSystem").asString()).isEqualTo("MANUAL");
        JsonNode current = ok(api.get(admin, VALUES + "?indicatorKey=" + bullying + "&unitId=" + fjordvik.first().id()
                + "&from=2026-01&to=2026-12"));
        assertThat(current).hasSize(1);
        assertThat(current.get(0).get("value").decimalValue()).isEqualByComparingTo("3");
    }

    @Test
    void aValueByHandIsRefusedWithTheReason() {
        String head = headOf(fjordvik.sector(), "kommunalsjef");
        String nextYear = String.valueOf(LocalDate.now().getYear() + 1);

        assertProblem(api.post(head, VALUES, entry(bullying, fjordvik.elsewhere(), "2026-01", 1)), 403, "outside your part");
        assertProblem(api.post(head, VALUES, entry(homeVisits, fjordvik.first(), "2026-01", 1)), 422, "delivered by gerica");
        assertProblem(api.post(head, VALUES, entry(aKey("ukjent"), fjordvik.first(), "2026-01", 1)), 404, "no indicator");
        assertProblem(api.post(head, VALUES, entry(bullying, fjordvik.first(), nextYear + "-01", 1)), 422, "has not begun");
        assertProblem(api.post(head, VALUES, entry(bullying, fjordvik.first(), "2026-T1", 1)), 422, "one value per month");
        assertProblem(api.post(head, VALUES, entry(bullying, fjordvik.first(), "januar", 1)), 422, "not a period");
        assertProblem(api.post(head, VALUES, entry(bullying, fjordvik.first(), "2026-01", -1)), 422, "outside the range");
        assertThat(api.post(head, VALUES, entry(bullying, fjordvik.first(), "2026-01", "mange")).statusCode()).isEqualTo(400);
        String politician = ISSUER.token("fjordvik-medarbeider", Map.of("realm_access", Map.of("roles", List.of("politiker"))));
        assertProblem(api.post(politician, VALUES, entry(bullying, fjordvik.first(), "2026-01", 1)), 403, "does not enter");
    }

    @Test
    void aCsvUploadReportsItsProgressAndEachRefusedRowByLine() {
        StringBuilder csv = new StringBuilder("indicatorKey;unitCode;period;value\n");
        for (int i = 0; i < 1200; i++) {
            IndicatorsApi.Unit unit = sectorUnits.get(i % sectorUnits.size());
            int month = i / sectorUnits.size();
            csv.append(bullying).append(';').append(unit.code()).append(';')
                    .append(String.format("%d-%02d", 2000 + month / 12, month % 12 + 1)).append(';').append(i % 7).append(",5\n");
        }
        csv.append(bullying).append(';').append(fjordvik.first().code()).append(";2026-01;mange\n");
        csv.append(bullying).append(";NOPE;2026-01;1\n");
        csv.append(bullying).append(';').append(fjordvik.elsewhere().code()).append(";2026-01;1\n");
        csv.append(homeVisits).append(';').append(fjordvik.first().code()).append(";2026-01;1\n");
        csv.append(bullying).append(';').append(fjordvik.first().code()).append(";2026-01\n");

        HttpResponse<String> started = api.post(headOf(fjordvik.sector(), "kommunalsjef"), IMPORTS + "?fileName=mobbing.csv", "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        assertThat(JSON.readTree(started.body()).get("rowsTotal").asInt()).isEqualTo(1205);
        String head = headOf(fjordvik.sector(), "kommunalsjef");
        await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(ok(api.get(head, location)).get("state").asString()));
        JsonNode done = ok(api.get(head, location));
        assertThat(done.get("fileName").asString()).isEqualTo("mobbing.csv");
        assertThat(done.get("rowsDone").asInt()).isEqualTo(1205);
        assertThat(done.get("stored").asInt()).isEqualTo(1200);
        assertThat(done.get("refused").asInt()).isEqualTo(5);
        assertThat(done.get("problems")).extracting(problem -> problem.get("line").asInt() + " " + problem.get("code").asString())
                .containsExactly("1202 SCHEMA", "1203 UNKNOWN_UNIT", "1204 NOT_YOUR_UNIT", "1205 WRONG_SOURCE", "1206 SCHEMA");
        JsonNode stored = ok(api.get(admin, VALUES + "?indicatorKey=" + bullying + "&unitId=" + sectorUnits.get(1).id()
                + "&from=2000-01&to=2000-12"));
        assertThat(stored.get(0).get("value").decimalValue()).as("a decimal comma, as spreadsheets write it").isEqualByComparingTo("1.5");

        assertThat(api.get(headOf(fjordvik.elsewhere(), "virksomhetsleder"), location).statusCode()).as("someone else's upload").isEqualTo(403);
        assertThat(api.get(admin, location).statusCode()).isEqualTo(200);
        assertThat(api.get(ISSUER.token("nordlia-admin"), location).statusCode()).isEqualTo(404);
    }

    @Test
    void aFileWithoutItsHeaderIsRefusedAtOnce() {
        String head = headOf(fjordvik.sector(), "kommunalsjef");

        assertProblem(api.post(head, IMPORTS, "text/csv", (bullying + ";U1;2026-01;1\n").getBytes(StandardCharsets.UTF_8)), 422, "unknown column");
        assertProblem(api.post(head, IMPORTS, "text/csv", "\n \n".getBytes(StandardCharsets.UTF_8)), 422, "empty");
        assertThat(api.post(head, IMPORTS, "text/csv", new byte[0]).statusCode()).isEqualTo(400);
        assertProblem(api.post(head, IMPORTS, "text/csv", "indicatorKey;period;value\n".getBytes(StandardCharsets.UTF_8)), 422, "unitCode");
    }
}
