package no.virksomhetsplan.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.contracts.org.OrgUnitCreated;
import no.virksomhetsplan.platform.orgtree.OrgTreeReplica;
import no.virksomhetsplan.testsupport.ApiClient;
import no.virksomhetsplan.testsupport.TestIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * indicators-service's API as tests use it. All test classes share one database and the two municipalities, so each
 * test builds its own part of the org tree (straight into the replica, as plans-service's events would) and its own
 * indicators with fresh keys.
 */
public final class IndicatorsApi {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    public static final TestIssuer ISSUER = TestIssuer.shared();
    public static final String DEFINITIONS = "/api/indicators/definitions";

    private final ApiClient api;
    private final OrgTreeReplica replica;

    public IndicatorsApi(int port, OrgTreeReplica replica) {
        this.api = ApiClient.onLocalPort(port);
        this.replica = replica;
    }

    public ApiClient client() {
        return api;
    }

    /** A small org tree of one municipality: the top, a sector and two units in it, and a unit in another sector. */
    public record Tree(String tenant, Unit top, Unit sector, Unit first, Unit second, Unit elsewhere) {
    }

    public record Unit(UUID id, String code, String name) {
    }

    public Tree aTree(String tenant) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Unit top = unit(tenant, null, List.of(), "Kommunen " + suffix, "kommune");
        Unit sector = unit(tenant, top, List.of(top.id()), "Helse og omsorg " + suffix, "sektor");
        Unit first = unit(tenant, sector, List.of(top.id(), sector.id()), "Hjemmetjenesten nord " + suffix, "virksomhet");
        Unit second = unit(tenant, sector, List.of(top.id(), sector.id()), "Hjemmetjenesten sør " + suffix, "virksomhet");
        Unit oppvekst = unit(tenant, top, List.of(top.id()), "Oppvekst " + suffix, "sektor");
        Unit elsewhere = unit(tenant, oppvekst, List.of(top.id(), oppvekst.id()), "Fjordvik skole " + suffix, "virksomhet");
        return new Tree(tenant, top, sector, first, second, elsewhere);
    }

    /** One more unit in the tree's sector. */
    public Unit aUnitIn(Tree tree) {
        return unit(tree.tenant(), tree.sector(), List.of(tree.top().id(), tree.sector().id()),
                "Enhet " + UUID.randomUUID().toString().substring(0, 8), "virksomhet");
    }

    private Unit unit(String tenant, Unit parent, List<UUID> ancestors, String name, String level) {
        UUID id = UUID.randomUUID();
        String code = "U" + id.toString().substring(0, 8);
        replica.apply(tenant, new OrgUnitCreated(id, parent == null ? null : parent.id(), ancestors, name, code, level, 1));
        return new Unit(id, code, name);
    }

    /** A key no other test uses. */
    public static String aKey(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public JsonNode define(String adminToken, Body indicator) {
        return created(api.post(adminToken, DEFINITIONS, indicator.json()));
    }

    /** An indicator body; every field can be changed or removed to make it wrong in exactly one way. */
    public static Body indicator(String key, String source, String aggregation, String periodicity, Unit... units) {
        List<String> unitIds = new ArrayList<>();
        for (Unit unit : units) {
            unitIds.add(unit.id().toString());
        }
        return new Body().with("key", key)
                .with("names", Map.of("nb", "Antall hjemmebesøk", "nn", "Talet på heimebesøk", "en", "Number of home visits"))
                .with("unitOfMeasure", "antall").with("aggregation", aggregation).with("periodicity", periodicity)
                .with("serviceArea", "HELSE_OMSORG").with("minValue", 0).with("maxValue", 100000)
                .with("source", source).with("unitIds", unitIds);
    }

    public static final class Body {

        private final Map<String, Object> fields = new LinkedHashMap<>();

        public Body with(String field, Object value) {
            fields.put(field, value instanceof UUID ? value.toString() : value);
            return this;
        }

        public Body without(String field) {
            fields.remove(field);
            return this;
        }

        public String json() {
            return JSON.writeValueAsString(fields);
        }
    }

    public static JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    public static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    public static void assertProblem(HttpResponse<String> response, int status, String detailContains) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("detail").asString()).containsIgnoringCase(detailContains);
    }

    public static UUID id(JsonNode json) {
        return UUID.fromString(json.get("id").asString());
    }
}
