package no.virksomhetsplan.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fjordvik's demo assignments fit its tree and its people as assignments-service's rules want them: whoever acts leads
 * the unit, whoever is responsible belongs there, delegations go down the tree, fixed deadlines fit inside the deadline
 * above, and some items end up overdue.
 */
class DemoAssignmentsFileTest {

    private static final Path DEV = Path.of("..").toAbsolutePath().normalize();
    private static final Set<String> LEADER_ROLES = Set.of("kommunedirektor", "kommunalsjef", "virksomhetsleder");
    private static final Set<String> DEFAULT_TYPES = Set.of("VERBALVEDTAK", "POLITISK_SAK", "KOMMUNEDIREKTOR_OPPDRAG", "TILTAK");

    private final Map<String, String> parentOf = new HashMap<>();
    private final Map<String, RealmFile.DemoUser> users = new HashMap<>();
    private JsonNode demo;
    private int relativeDeadlinesInThePast;

    @BeforeEach
    void read() throws IOException {
        OrgUnitCsv.read(DEV.resolve("demo/fjordvik-org-units.csv"))
                .forEach(unit -> parentOf.put(unit.externalCode(), unit.parentExternalCode()));
        RealmFile.read(DEV.resolve("keycloak/fjordvik-realm.json")).users().forEach(user -> users.put(user.username(), user));
        demo = JsonMapper.builder().build().readTree(DEV.resolve("demo/fjordvik-assignments.json").toFile());
    }

    @Test
    void everyActionIsOneAssignmentsServiceWouldAccept() {
        assertThat(demo.get("people")).allSatisfy(person -> assertThat(users).containsKey(person.asString()));
        assertThat(demo.get("assignments")).hasSizeGreaterThanOrEqualTo(5);
        List<String> types = new ArrayList<>();
        for (JsonNode assignment : demo.get("assignments")) {
            String unit = assignment.get("unit").asString();
            types.add(assignment.get("type").asString());
            assertThat(DEFAULT_TYPES).contains(assignment.get("type").asString());
            assertLeads(assignment.get("by").asString(), unit);
            assertBelongs(assignment, unit);
            LocalDate deadline = LocalDate.parse(assignment.get("deadline").asString());
            for (JsonNode delegation : assignment.path("delegations")) {
                checkDelegation(assignment.get("by").asString(), unit, true, deadline, delegation);
            }
        }
        assertThat(types).contains("VERBALVEDTAK", "POLITISK_SAK", "KOMMUNEDIREKTOR_OPPDRAG", "TILTAK");
        assertThat(relativeDeadlinesInThePast).as("some items are overdue whenever the demo is loaded").isGreaterThanOrEqualTo(3);
    }

    private void checkDelegation(String by, String fromUnit, boolean fromAssignment, LocalDate above, JsonNode delegation) {
        String unit = delegation.get("unit").asString();
        assertLeads(by, fromUnit);
        assertThat(isWithin(unit, fromUnit) && (fromAssignment || !unit.equals(fromUnit)))
                .as("%s delegated from %s", unit, fromUnit).isTrue();
        assertBelongs(delegation, unit);
        LocalDate deadline = deadline(delegation.get("deadline"), above);
        for (JsonNode further : delegation.path("delegations")) {
            checkDelegation(further.get("by").asString(), unit, false, deadline, further);
        }
        for (JsonNode task : delegation.path("tasks")) {
            assertLeads(task.get("by").asString(), unit);
            assertThat(task.get("responsible")).as("a task has a responsible person").isNotNull();
            assertBelongs(task, unit);
            deadline(task.get("deadline"), deadline);
            task.path("status").forEach(status ->
                    assertThat(status.get("by").asString()).isEqualTo(task.get("responsible").asString()));
        }
        delegation.path("status").forEach(status -> {
            assertThat(delegation.path("tasks").isEmpty() && delegation.path("delegations").isEmpty())
                    .as("a status is set on a delegation without parts").isTrue();
            assertThat(status.get("by").asString()).isEqualTo(delegation.get("responsible").asString());
        });
    }

    private LocalDate deadline(JsonNode value, LocalDate above) {
        String text = value.asString();
        if (text.endsWith("d")) {
            relativeDeadlinesInThePast += text.startsWith("-") ? 1 : 0;
            return above;
        }
        LocalDate deadline = LocalDate.parse(text);
        assertThat(deadline).as("a deadline inside the one above").isBeforeOrEqualTo(above);
        return deadline;
    }

    private void assertLeads(String username, String unit) {
        RealmFile.DemoUser user = users.get(username);
        assertThat(user).as(username).isNotNull();
        assertThat(user.roles()).as(username + " is a leader").anyMatch(LEADER_ROLES::contains);
        assertThat(isWithin(unit, user.orgUnit())).as(username + " leads " + unit).isTrue();
    }

    private void assertBelongs(JsonNode item, String unit) {
        if (item.has("responsible")) {
            RealmFile.DemoUser user = users.get(item.get("responsible").asString());
            assertThat(user).as(item.get("responsible").asString()).isNotNull();
            assertThat(isWithin(user.orgUnit(), unit)).as(user.username() + " belongs to " + unit).isTrue();
        }
    }

    /** The unit is {@code top} or lies below it in the demo tree. */
    private boolean isWithin(String unit, String top) {
        for (String at = unit; at != null && !at.isEmpty(); at = parentOf.get(at)) {
            if (at.equals(top)) {
                return true;
            }
        }
        return false;
    }
}
