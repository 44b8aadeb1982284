package no.virksomhetsplan.plans.settings.web;

import static no.virksomhetsplan.plans.PlansApi.ISSUER;
import static no.virksomhetsplan.plans.PlansApi.JSON;
import static no.virksomhetsplan.plans.PlansApi.assertProblem;
import static no.virksomhetsplan.plans.PlansApi.atOnce;
import static no.virksomhetsplan.plans.PlansApi.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.contracts.CloudEventHeaders;
import no.virksomhetsplan.contracts.EventSchemas;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.plans.MunicipalitySettingsChanged;
import no.virksomhetsplan.testsupport.ApiClient;
import no.virksomhetsplan.testsupport.Infrastructure;
import no.virksomhetsplan.testsupport.RealInfrastructure;
import no.virksomhetsplan.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Municipality settings through the API. Each municipality has one set, shared by every test in the module, so each
 * test starts from whatever is stored (reading its version first) and marks its changes with a tag of its own.
 */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MunicipalitySettingsApiTest {

    private static final String SETTINGS = "/api/plans/settings";

    private final String admin = ISSUER.token("fjordvik-admin");
    private final String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void connect() {
        api = ApiClient.onLocalPort(port);
    }

    @Test
    void everyoneInTheMunicipalityReadsTheSettings() {
        for (String fixture : List.of("fjordvik-medarbeider", "fjordvik-virksomhetsleder", "fjordvik-kommunedirektor")) {
            JsonNode settings = ok(api.get(ISSUER.token(fixture), SETTINGS));

            assertThat(codes(settings)).contains("VERBALVEDTAK", "POLITISK_SAK", "KOMMUNEDIREKTOR_OPPDRAG", "TILTAK");
            assertThat(settings.get("terminology").get("role.kommunedirektor").get("en").asString()).isNotBlank();
            assertThat(settings.get("reminders").get("daysBeforeLongPeriods").asInt()).isBetween(1, 90);
            assertThat(settings.get("language").asString()).isIn("nb", "nn", "en");
        }
        assertThat(api.get(ISSUER.token("fjordvik-fagsystem"), SETTINGS).statusCode()).isEqualTo(403);
    }

    @Test
    void anAdministratorChangesThemAndTheWholeSnapshotIsPublished() {
        ObjectNode settings = current(admin);
        long version = settings.get("version").asLong();
        ((ObjectNode) settings.get("terminology")).putObject("level.unit")
                .put("nb", "enhet " + tag).put("nn", "eining").put("en", "unit");
        addType(settings, "TEST_" + tag);
        deactivate(settings, "TILTAK");
        ((ObjectNode) settings.get("reminders")).put("daysBeforeLongPeriods", 21).put("daysBeforeShortPeriods", 5)
                .put("weeklyDigest", false).put("escalateAfterDaysOverdue", 10);

        JsonNode changed = ok(api.put(admin, SETTINGS, settings.toString()));

        assertThat(changed.get("version").asLong()).isEqualTo(version + 1);
        JsonNode read = ok(api.get(ISSUER.token("fjordvik-medarbeider"), SETTINGS));
        assertThat(read.get("terminology").get("level.unit").get("nb").asString()).isEqualTo("enhet " + tag);
        assertThat(codes(read)).endsWith("TEST_" + tag).contains("TILTAK");
        assertThat(type(read, "TILTAK").get("active").asBoolean()).isFalse();
        assertThat(read.get("reminders").get("daysBeforeShortPeriods").asInt()).isEqualTo(5);
        try (var topic = new TopicReader(Infrastructure.endpoints().kafkaBootstrapServers(), Topics.PLANS)) {
            ConsumerRecord<String, byte[]> event = topic.awaitRecord(r -> "municipality-settings".equals(r.key())
                    && new String(r.value()).contains("TEST_" + tag), Duration.ofSeconds(20));
            assertThat(TopicReader.header(event, CloudEventHeaders.TYPE)).isEqualTo(MunicipalitySettingsChanged.TYPE);
            assertThat(TopicReader.header(event, CloudEventHeaders.TENANT)).isEqualTo("fjordvik");
            assertThat(EventSchemas.violations(MunicipalitySettingsChanged.TYPE, new String(event.value()))).isEmpty();
            JsonNode data = JSON.readTree(event.value());
            assertThat(data.get("version").asLong()).isEqualTo(version + 1);
            assertThat(data.get("terminology").get("level.unit").get("nb").asString()).isEqualTo("enhet " + tag);
            assertThat(data.get("assignmentTypes").size()).isEqualTo(read.get("assignmentTypes").size());
        }
    }

    @Test
    void onlyAdministratorsChangeThem() {
        ObjectNode settings = current(admin);
        addType(settings, "TEST_" + tag);

        for (String fixture : List.of("fjordvik-kommunedirektor", "fjordvik-virksomhetsleder", "fjordvik-medarbeider")) {
            assertProblem(api.put(ISSUER.token(fixture), SETTINGS, settings.toString()), 403,
                    "Only the municipality's administrators change its settings");
        }
        assertThat(codes(current(admin))).doesNotContain("TEST_" + tag);
    }

    @Test
    void whenTwoAdministratorsChangeThemAtOnceOneGetsAConflictAndNothingIsLost() {
        ObjectNode settings = current(admin);
        long version = settings.get("version").asLong();

        List<HttpResponse<String>> responses = atOnce(3, i -> {
            ObjectNode mine = settings.deepCopy();
            addType(mine, "TEST_" + tag + "_" + i);
            return api.put(admin, SETTINGS, mine.toString());
        });

        assertThat(responses).filteredOn(r -> r.statusCode() == 200).hasSize(1);
        assertThat(responses).filteredOn(r -> r.statusCode() != 200).allSatisfy(r -> assertProblem(r, 409, "changed by someone else"));
        JsonNode now = current(admin);
        assertThat(now.get("version").asLong()).isEqualTo(version + 1);
        assertThat(codes(now).stream().filter(code -> code.startsWith("TEST_" + tag))).hasSize(1);
        assertProblem(api.put(admin, SETTINGS, settings.toString()), 409, "changed by someone else");
    }

    @Test
    void badInputIsRefusedNamingTheProblem() {
        ObjectNode withoutVerbalvedtak = current(admin);
        ArrayNode types = (ArrayNode) withoutVerbalvedtak.get("assignmentTypes");
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i).get("code").asString().equals("VERBALVEDTAK")) {
                types.remove(i);
            }
        }
        assertProblem(api.put(admin, SETTINGS, withoutVerbalvedtak.toString()), 422, "deactivate VERBALVEDTAK instead");

        ObjectNode twice = current(admin);
        addType(twice, "TILTAK");
        assertProblem(api.put(admin, SETTINGS, twice.toString()), 422, "TILTAK appears more than once");

        ObjectNode shortBeforeLong = current(admin);
        ((ObjectNode) shortBeforeLong.get("reminders")).put("daysBeforeLongPeriods", 7).put("daysBeforeShortPeriods", 14);
        assertProblem(api.put(admin, SETTINGS, shortBeforeLong.toString()), 422, "cannot come earlier");

        ObjectNode malformed = current(admin);
        malformed.put("language", "se");
        ((ObjectNode) malformed.get("reminders")).put("daysBeforeLongPeriods", 0);
        addType(malformed, "verbal vedtak");
        HttpResponse<String> refused = api.put(admin, SETTINGS, malformed.toString());
        assertProblem(refused, 400, "invalid fields");
        assertThat(refused.body()).contains("\"field\":\"language\"", "\"field\":\"reminders.daysBeforeLongPeriods\"",
                "assignmentTypes[");
        assertProblem(api.put(admin, SETTINGS, "{\"version\":0}"), 400, "language");
    }

    @Test
    void eachMunicipalityHasItsOwnSettings() {
        String nordliaAdmin = ISSUER.token("nordlia-admin");
        ObjectNode nordlia = current(nordliaAdmin);
        nordlia.put("language", "nn");
        ((ObjectNode) nordlia.get("terminology")).putObject("level.unit")
                .put("nb", "enhet").put("nn", "eining " + tag).put("en", "unit");

        ok(api.put(nordliaAdmin, SETTINGS, nordlia.toString()));

        JsonNode readInNordlia = current(nordliaAdmin);
        assertThat(readInNordlia.get("language").asString()).isEqualTo("nn");
        assertThat(readInNordlia.get("terminology").get("level.unit").get("nn").asString()).isEqualTo("eining " + tag);
        assertThat(api.get(admin, SETTINGS).body()).doesNotContain(tag);
    }

    private ObjectNode current(String token) {
        return (ObjectNode) ok(api.get(token, SETTINGS));
    }

    private static void addType(ObjectNode settings, String code) {
        ObjectNode type = ((ArrayNode) settings.get("assignmentTypes")).addObject();
        type.put("code", code).put("active", true);
        type.putObject("labels").put("nb", "Testtype").put("nn", "Testtype").put("en", "Test type");
    }

    private static void deactivate(ObjectNode settings, String code) {
        ((ObjectNode) type(settings, code)).put("active", false);
    }

    private static JsonNode type(JsonNode settings, String code) {
        return settings.get("assignmentTypes").valueStream().filter(type -> type.get("code").asString().equals(code))
                .findFirst().orElseThrow();
    }

    private static List<String> codes(JsonNode settings) {
        return settings.get("assignmentTypes").valueStream().map(type -> type.get("code").asString()).toList();
    }
}
