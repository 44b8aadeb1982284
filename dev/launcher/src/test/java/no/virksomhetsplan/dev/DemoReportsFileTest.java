package no.virksomhetsplan.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fjordvik's demo reports fit its tree and its people as reporting-service's rules want them: each report is written
 * by a leader of its unit, approved or returned by a leader above it (the municipality's by an administrator or the
 * kommunedirektør) and never by its author, units report before the unit above them, and some reports are approved.
 */
class DemoReportsFileTest {

    private static final Path DEV = Path.of("..").toAbsolutePath().normalize();

    private final Map<String, String> parentOf = new HashMap<>();
    private final Map<String, RealmFile.DemoUser> users = new HashMap<>();
    private JsonNode demo;

    @BeforeEach
    void read() throws IOException {
        OrgUnitCsv.read(DEV.resolve("demo/fjordvik-org-units.csv"))
                .forEach(unit -> parentOf.put(unit.externalCode(), unit.parentExternalCode()));
        RealmFile.read(DEV.resolve("keycloak/fjordvik-realm.json")).users().forEach(user -> users.put(user.username(), user));
        demo = JsonMapper.builder().build().readTree(DEV.resolve("demo/fjordvik-reports.json").toFile());
    }

    @Test
    void everyReportIsWrittenByItsUnitsLeaderAndDecidedByTheLeaderAbove() {
        assertThat(demo.get("period").asString()).isEqualTo("2027-T1");
        for (JsonNode report : demo.get("reports")) {
            String unit = report.get("unit").asString();
            String by = report.get("by").asString();
            assertThat(leads(by, unit)).as(by + " leads " + unit).isTrue();
            for (String decider : List.of("approveBy", "returnBy")) {
                if (report.has(decider)) {
                    String who = report.get(decider).asString();
                    assertThat(who).isNotEqualTo(by);
                    String parent = parentOf.get(unit);
                    boolean superior = parent == null || parent.isEmpty() ? users.get(who).roles().stream()
                            .anyMatch(role -> role.equals("admin") || role.equals("kommunedirektor")) : leads(who, parent);
                    assertThat(superior).as(who + " decides on " + unit + "'s report").isTrue();
                }
            }
        }
    }

    @Test
    void unitsReportBeforeTheUnitAboveThemAndTheMunicipalitysReportIsApproved() {
        Set<String> reported = new HashSet<>();
        for (JsonNode report : demo.get("reports")) {
            String unit = report.get("unit").asString();
            demo.get("reports").forEach(other -> {
                if (unit.equals(parentOf.get(other.get("unit").asString()))) {
                    assertThat(reported).as(other.get("unit").asString() + " reports before " + unit)
                            .contains(other.get("unit").asString());
                }
            });
            reported.add(unit);
        }
        JsonNode top = demo.get("reports").get(demo.get("reports").size() - 1);
        assertThat(parentOf.get(top.get("unit").asString())).isNullOrEmpty();
        assertThat(top.has("approveBy")).isTrue();
        assertThat(demo.get("reports")).anySatisfy(report -> assertThat(report.has("returnBy")).isTrue());
    }

    /** The user's own unit is the unit or above it, and they have a leader's role. */
    private boolean leads(String username, String unit) {
        RealmFile.DemoUser user = users.get(username);
        if (user == null || user.roles().stream().noneMatch(role -> Set.of("kommunedirektor", "kommunalsjef",
                "virksomhetsleder", "admin").contains(role))) {
            return false;
        }
        if (user.roles().contains("kommunedirektor") || user.roles().contains("admin")) {
            return true;
        }
        for (String current = unit; current != null && !current.isEmpty(); current = parentOf.get(current)) {
            if (current.equals(user.orgUnit())) {
                return true;
            }
        }
        return false;
    }
}
