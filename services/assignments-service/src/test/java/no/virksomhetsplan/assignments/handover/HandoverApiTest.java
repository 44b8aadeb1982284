package no.virksomhetsplan.assignments.handover;

import static no.virksomhetsplan.assignments.AssignmentsApi.DELEGATIONS;
import static no.virksomhetsplan.assignments.AssignmentsApi.TASKS;
import static no.virksomhetsplan.assignments.AssignmentsApi.aVerbalvedtak;
import static no.virksomhetsplan.assignments.AssignmentsApi.assertProblem;
import static no.virksomhetsplan.assignments.AssignmentsApi.delegation;
import static no.virksomhetsplan.assignments.AssignmentsApi.id;
import static no.virksomhetsplan.assignments.AssignmentsApi.json;
import static no.virksomhetsplan.assignments.AssignmentsApi.ok;
import static no.virksomhetsplan.assignments.AssignmentsApi.status;
import static no.virksomhetsplan.assignments.AssignmentsApi.task;
import static no.virksomhetsplan.assignments.AssignmentsApi.with;
import static no.virksomhetsplan.testsupport.People.aUsername;
import static no.virksomhetsplan.testsupport.People.employeeOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.assignments.ApiTestBase;
import no.virksomhetsplan.assignments.assignment.domain.Actor;
import no.virksomhetsplan.testsupport.People;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A person leaves: their items show as having no owner, and one handover gives everything open to someone else. */
class HandoverApiTest extends ApiTestBase {

    private static final LocalDate JUNE_15 = LocalDate.of(2027, 6, 15);
    private static final LocalDate MAY_31 = LocalDate.of(2027, 5, 31);

    @Test
    void whenSomeoneLeavesTheirItemsAreOwnerlessUntilOneHandoverGivesThemToAColleague() {
        String kd = fjordvik.kommunedirektorToken();
        String per = fjordvik.rektorNordskogenToken();
        String ola = aUsername("ola.hansen");
        String anne = aUsername("anne.dahl");
        String nurse = aUsername("siv.sjo");
        api.register(per, fjordvik.nordskogen, ola);
        api.register(per, fjordvik.nordskogen, anne);
        api.register(fjordvik.headOfHelseToken(), fjordvik.helse, nurse);
        UUID first = id(api.anAssignment(kd, with(aVerbalvedtak("Nytt skolebibliotek", JUNE_15), "responsible", fjordvik.kommunedirektor)));
        UUID second = id(api.anAssignment(kd, with(aVerbalvedtak("Skolehage", JUNE_15), "responsible", fjordvik.kommunedirektor)));
        UUID toNordskogen1 = id(api.delegate(kd, first, delegation(fjordvik.nordskogen, fjordvik.rektorNordskogen, MAY_31)).get(0));
        UUID toNordskogen2 = id(api.delegate(kd, second, delegation(fjordvik.nordskogen, fjordvik.rektorNordskogen, MAY_31)).get(0));
        JsonNode books = api.addTask(per, toNordskogen1, task("Kjøp inn bøker", ola, MAY_31));
        JsonNode shelves = api.addTask(per, toNordskogen1, task("Sett opp hyller", ola, MAY_31));
        JsonNode garden = api.addTask(per, toNordskogen2, task("Plant bærbusker", ola, MAY_31));
        ok(api.client().post(employeeOf(fjordvik.nordskogen, ola), TASKS + "/" + id(shelves) + "/status", status(1, "DONE", null)));
        long ownerlessBefore = ownerlessTasks();

        JsonNode left = ok(api.client().put(per, "/api/assignments/people/" + ola + "/left",
                json(Map.of("leftOn", LocalDate.now(Actor.NORWAY).toString()))));
        assertThat(left.get("leftOn").asString()).isEqualTo(LocalDate.now(Actor.NORWAY).toString());

        JsonNode ownerless = api.get(per, "/api/assignments/overview/ownerless");
        assertThat(ownerless.get("items")).filteredOn(item -> item.get("responsible").asString().equals(ola))
                .extracting(item -> item.get("title").asString()).containsExactlyInAnyOrder("Kjøp inn bøker", "Plant bærbusker");
        assertThat(ownerless.get("items")).filteredOn(item -> item.get("responsible").asString().equals(ola))
                .allSatisfy(item -> assertThat(item.get("responsibleLeft").asBoolean()).isTrue());
        assertThat(ownerlessTasks()).isEqualTo(ownerlessBefore + 2);
        assertProblem(api.client().post(per, DELEGATIONS + "/" + toNordskogen1 + "/tasks", json(task("Enda en", ola, MAY_31))),
                422, "has left");

        assertProblem(api.client().post(per, "/api/assignments/handovers", json(Map.of("from", ola, "to", nurse))),
                422, "does not belong");
        assertProblem(api.client().post(fjordvik.headOfHelseToken(), "/api/assignments/handovers", json(Map.of("from", ola, "to", nurse))),
                403, "None of");

        JsonNode handover = ok(api.client().post(per, "/api/assignments/handovers", json(Map.of("from", ola, "to", anne))));

        assertThat(handover.get("moved")).extracting(JsonNode::asString)
                .containsExactlyInAnyOrder(id(books).toString(), id(garden).toString());
        assertThat(api.get(per, TASKS + "/" + id(books)).get("task").get("responsible").asString()).isEqualTo(anne);
        assertThat(api.get(per, TASKS + "/" + id(shelves)).get("task").get("responsible").asString())
                .as("what is done keeps who did it").isEqualTo(ola);
        assertThat(api.get(per, TASKS + "/" + id(garden) + "/history")).last()
                .satisfies(entry -> {
                    assertThat(entry.get("change").asString()).isEqualTo("HANDED_OVER");
                    assertThat(entry.get("responsibleBefore").asString()).isEqualTo(ola);
                    assertThat(entry.get("responsible").asString()).isEqualTo(anne);
                    assertThat(entry.get("by").asString()).isEqualTo(fjordvik.rektorNordskogen);
                });
        assertThat(api.get(employeeOf(fjordvik.nordskogen, anne), "/api/assignments/my-page").get("open").get("total").asLong())
                .isEqualTo(2);
        assertThat(ownerlessTasks()).isEqualTo(ownerlessBefore);
        assertThat(api.get(per, "/api/assignments/overview/ownerless").get("items"))
                .noneSatisfy(item -> assertThat(item.get("responsible").asString()).isEqualTo(ola));
        assertThat(toNordskogen2).isNotNull();
    }

    private long ownerlessTasks() {
        JsonNode overview = api.get(fjordvik.headOfOppvekstToken(), "/api/assignments/overview?year=2027");
        Map<String, Long> byChild = new HashMap<>();
        overview.get("children").forEach(child -> byChild.put(child.get("name").asString(),
                child.get("own").get("tasks").get("ownerless").asLong()));
        return byChild.get("Nordskogen skole");
    }
}
