package no.virksomhetsplan.plans.orgunit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import no.virksomhetsplan.contracts.org.OrgUnitClosed;
import no.virksomhetsplan.contracts.org.OrgUnitMoved;
import no.virksomhetsplan.contracts.org.OrgUnitUpdated;
import no.virksomhetsplan.plans.orgunit.application.UnitAccess;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;
import no.virksomhetsplan.platform.security.Caller;
import no.virksomhetsplan.platform.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Updates, moves and closings: each from a day on, with earlier days keeping what they had. */
class OrgUnitChangesApiTest extends OrgTreeApiTestBase {

    @Autowired
    UnitAccess access;

    @Test
    void aRenameFromADayKeepsTheOldNameBeforeItAndIsPublished() {
        JsonNode skole = aUnitUnder(topOf(fjordvikAdmin), "Fjordvik skole");
        String oldName = skole.get("name").asString();
        String code = skole.get("externalCode").asString();

        JsonNode renamed = ok(put(fjordvikAdmin, UNITS + "/" + id(skole), json("name", "Fjordvik barneskole", "externalCode", code,
                "levelName", "skole", "leader", "per.berg", "validFrom", NEXT_NEW_YEAR.toString(), "version", version(skole))));

        assertThat(renamed.get("name").asString()).isEqualTo("Fjordvik barneskole");
        assertThat(renamed.get("validFrom").asString()).isEqualTo(NEXT_NEW_YEAR.toString());
        assertThat(version(renamed)).isEqualTo(2);
        assertThat(ok(get(fjordvikAdmin, UNITS + "/" + id(skole))).get("name").asString()).isEqualTo(oldName);
        assertThat(ok(get(fjordvikAdmin, UNITS + "/" + id(skole))).get("validTo").asString()).isEqualTo(NEXT_NEW_YEAR.toString());
        assertThat(ok(get(fjordvikAdmin, UNITS + "/" + id(skole) + "?at=" + NEXT_NEW_YEAR)).get("leader").asString()).isEqualTo("per.berg");
        assertThat(ok(get(fjordvikAdmin, UNITS + "/" + id(skole) + "/history")).valueStream().map(p -> p.get("name").asString()).toList())
                .containsExactly(oldName, "Fjordvik barneskole");

        JsonNode event = publishedEvent(id(skole), OrgUnitUpdated.TYPE);
        assertThat(event.get("name").asString()).isEqualTo("Fjordvik barneskole");
        assertThat(event.get("validFrom").asString()).isEqualTo(NEXT_NEW_YEAR.toString());
        assertThat(event.get("version").asLong()).isEqualTo(2);
    }

    @Test
    void aChangeBasedOnAnOldVersionIsAConflictAndChangesNothing() {
        JsonNode unit = aUnitUnder(topOf(fjordvikAdmin), "Legetjenesten");
        ok(put(fjordvikAdmin, UNITS + "/" + id(unit), json("name", "Legesenteret", "version", 1)));

        String detail = problem(put(fjordvikAdmin, UNITS + "/" + id(unit), json("name", "Legevakten", "version", 1)), 409);

        assertThat(detail).startsWith("Legesenteret has been changed since you read it (it is at version 2, your change was based on version 1)");
        problem(post(fjordvikAdmin, UNITS + "/" + id(unit) + "/close", json("version", 1)), 409);
        assertThat(ok(get(fjordvikAdmin, UNITS + "/" + id(unit))).get("name").asString()).isEqualTo("Legesenteret");
    }

    @Test
    void twoAdministratorsEditingAtOnceNeverLoseAnUpdate() throws Exception {
        JsonNode unit = aUnitUnder(topOf(fjordvikAdmin), "Kulturskolen");
        String path = UNITS + "/" + id(unit);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> edits = List.of("Kulturskolen nord", "Kulturskolen sør").stream()
                .map(name -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return put(fjordvikAdmin, path, json("name", name, "version", version(unit)));
                }))
                .toList();

        start.countDown();
        List<HttpResponse<String>> answers = edits.stream().map(CompletableFuture::join).toList();

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
        HttpResponse<String> winner = answers.stream().filter(answer -> answer.statusCode() == 200).findFirst().orElseThrow();
        JsonNode now = ok(get(fjordvikAdmin, path));
        assertThat(now.get("name").asString()).isEqualTo(JSON.readTree(winner.body()).get("name").asString());
        assertThat(version(now)).isEqualTo(2);
    }

    @Test
    void aMoveFromADayTakesEverythingBelowAlongAndEarlierDaysKeepTheOldStructure() {
        UUID top = topOf(fjordvikAdmin);
        JsonNode oppvekst = aUnitUnder(top, "Oppvekst");
        JsonNode helse = aUnitUnder(top, "Helse");
        JsonNode ppt = aUnitUnder(id(oppvekst), "PPT");
        JsonNode kontor = aUnitUnder(id(ppt), "PPT-kontoret");
        String before = "?at=" + NEXT_NEW_YEAR.minusDays(1);
        String after = "?at=" + NEXT_NEW_YEAR;

        JsonNode moved = ok(post(fjordvikAdmin, UNITS + "/" + id(ppt) + "/move",
                json("parentId", id(helse), "validFrom", NEXT_NEW_YEAR.toString(), "version", version(ppt))));

        assertThat(path(moved)).containsExactly(top, id(helse));
        assertThat(version(moved)).isEqualTo(2);
        assertThat(ids(get(fjordvikAdmin, UNITS + "/" + id(oppvekst) + "/subtree"))).containsExactly(id(oppvekst), id(ppt), id(kontor));
        assertThat(ids(get(fjordvikAdmin, UNITS + "/" + id(oppvekst) + "/subtree" + before))).contains(id(ppt), id(kontor));
        assertThat(ids(get(fjordvikAdmin, UNITS + "/" + id(oppvekst) + "/subtree" + after))).containsExactly(id(oppvekst));
        assertThat(ids(get(fjordvikAdmin, UNITS + "/" + id(helse) + "/subtree" + after))).containsExactly(id(helse), id(ppt), id(kontor));
        assertThat(path(ok(get(fjordvikAdmin, UNITS + "/" + id(kontor) + after)))).containsExactly(top, id(helse), id(ppt));
        assertThat(path(ok(get(fjordvikAdmin, UNITS + "/" + id(kontor))))).containsExactly(top, id(oppvekst), id(ppt));

        JsonNode event = publishedEvent(id(ppt), OrgUnitMoved.TYPE);
        assertThat(event.get("parentId").asString()).isEqualTo(id(helse).toString());
        assertThat(event.get("previousParentId").asString()).isEqualTo(id(oppvekst).toString());
        assertThat(event.get("ancestorIds").valueStream().map(JsonNode::asString).toList())
                .containsExactly(top.toString(), id(helse).toString());
        assertThat(event.get("validFrom").asString()).isEqualTo(NEXT_NEW_YEAR.toString());
    }

    @Test
    void aUnitCannotMoveUnderItselfOrItsOwnDescendant() {
        JsonNode skole = aUnitUnder(topOf(fjordvikAdmin), "Nordbygda skole");
        JsonNode sfo = aUnitUnder(id(skole), "SFO");
        String move = UNITS + "/" + id(skole) + "/move";

        assertThat(problem(post(fjordvikAdmin, move, json("parentId", id(sfo), "version", 1)), 422))
                .isEqualTo(sfo.get("name").asString() + " is below " + skole.get("name").asString() + " on " + TODAY
                        + "; a unit cannot be moved under its own descendant.");
        assertThat(problem(post(fjordvikAdmin, move, json("parentId", id(skole), "version", 1)), 422))
                .isEqualTo(skole.get("name").asString() + " cannot be moved under itself.");
        assertThat(problem(post(fjordvikAdmin, move, json("parentId", UUID.randomUUID(), "version", 1)), 404))
                .isEqualTo("The new parent unit does not exist in your municipality.");
        UUID top = topOf(fjordvikAdmin);
        assertThat(problem(post(fjordvikAdmin, UNITS + "/" + top + "/move", json("parentId", id(skole), "version", 99)), 409))
                .contains("has been changed since you read it");
        long topVersion = version(ok(get(fjordvikAdmin, UNITS + "/" + top)));
        assertThat(problem(post(fjordvikAdmin, UNITS + "/" + top + "/move", json("parentId", id(skole), "version", topVersion)), 422))
                .isEqualTo("The top unit cannot be moved.");
        assertThat(path(ok(get(fjordvikAdmin, UNITS + "/" + id(sfo))))).containsExactly(topOf(fjordvikAdmin), id(skole));
    }

    @Test
    void aUnitClosesFromADayOnlyWhenNothingIsLeftBelowIt() {
        UUID top = topOf(fjordvikAdmin);
        JsonNode sykehjem = aUnitUnder(top, "Sykehjemmet");
        JsonNode avdeling = aUnitUnder(id(sykehjem), "Skjermet enhet");

        assertThat(problem(post(fjordvikAdmin, UNITS + "/" + id(sykehjem) + "/close",
                json("closedFrom", NEXT_NEW_YEAR.toString(), "version", 1)), 422))
                .isEqualTo(sykehjem.get("name").asString() + " still has units below it from " + NEXT_NEW_YEAR + ": "
                        + avdeling.get("name").asString() + ". Move or close them first.");

        ok(post(fjordvikAdmin, UNITS + "/" + id(avdeling) + "/close", json("closedFrom", NEXT_NEW_YEAR.toString(), "version", 1)));
        JsonNode lastDay = ok(post(fjordvikAdmin, UNITS + "/" + id(sykehjem) + "/close",
                json("closedFrom", NEXT_NEW_YEAR.toString(), "version", 1)));

        assertThat(lastDay.get("closedFrom").asString()).isEqualTo(NEXT_NEW_YEAR.toString());
        assertThat(lastDay.get("validTo").asString()).isEqualTo(NEXT_NEW_YEAR.toString());
        assertThat(ids(get(fjordvikAdmin, UNITS))).contains(id(sykehjem), id(avdeling));
        assertThat(ids(get(fjordvikAdmin, UNITS + "?at=" + NEXT_NEW_YEAR))).doesNotContain(id(sykehjem), id(avdeling));
        assertThat(problem(get(fjordvikAdmin, UNITS + "/" + id(sykehjem) + "?at=" + NEXT_NEW_YEAR), 404)).contains("does not exist on");
        assertThat(problem(put(fjordvikAdmin, UNITS + "/" + id(sykehjem), json("name", "Gjenåpnet", "version", 2)), 422))
                .startsWith(sykehjem.get("name").asString() + " closes from " + NEXT_NEW_YEAR + ".");
        assertThat(problem(post(fjordvikAdmin, UNITS, unit(id(sykehjem), "Ny avdeling", null, null)), 422))
                .isEqualTo(sykehjem.get("name").asString() + " closes from " + NEXT_NEW_YEAR + ".");
        long topVersion = version(ok(get(fjordvikAdmin, UNITS + "/" + top)));
        assertThat(problem(post(fjordvikAdmin, UNITS + "/" + top + "/close", json("version", topVersion)), 422))
                .isEqualTo("The top unit cannot be closed.");

        JsonNode event = publishedEvent(id(sykehjem), OrgUnitClosed.TYPE);
        assertThat(event.get("closedFrom").asString()).isEqualTo(NEXT_NEW_YEAR.toString());
        assertThat(event.get("version").asLong()).isEqualTo(2);
    }

    @Test
    void aLeaderLeadsTheUnitsBelowThemAsTheTreeIsToday() {
        JsonNode sektor = aUnitUnder(topOf(fjordvikAdmin), "Teknikk");
        JsonNode other = aUnitUnder(topOf(fjordvikAdmin), "Samfunn");
        JsonNode vei = aUnitUnder(id(sektor), "Vei og park");
        var kommunalsjef = new Caller("sub", "tor.haugen", "fjordvik", sektor.get("externalCode").asString(), Set.of(Roles.KOMMUNALSJEF));
        ok(post(fjordvikAdmin, UNITS + "/" + id(vei) + "/move",
                json("parentId", id(other), "validFrom", NEXT_NEW_YEAR.toString(), "version", 1)));

        assertThat(access.requireLeads(kommunalsjef, new OrgUnitId(id(vei))).name()).isEqualTo(vei.get("name").asString());
        assertThat(access.leads(kommunalsjef, access.requireLeads(kommunalsjef, new OrgUnitId(id(sektor))))).isTrue();
        assertThat(access.ownUnit(kommunalsjef).orElseThrow().id().value()).isEqualTo(id(sektor));
    }

    private static List<UUID> ids(HttpResponse<String> response) {
        return ok(response).valueStream().map(OrgTreeApiTestBase::id).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
