package no.virksomhetsplan.plans.orgunit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.contracts.org.OrgUnitCreated;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OrgUnitApiTest extends OrgTreeApiTestBase {

    @Test
    void anAdminBuildsTheTreeAndEveryUnitIsPublishedAsAnEvent() {
        UUID top = topOf(fjordvikAdmin);
        String suffix = uniqueSuffix();

        JsonNode sektor = created(post(fjordvikAdmin, UNITS, unit(top, "Oppvekst " + suffix, "S" + suffix, "sektor")));
        JsonNode skole = created(post(fjordvikAdmin, UNITS, json("parentId", id(sektor), "name", "Fjordvik skole " + suffix,
                "externalCode", "V" + suffix, "levelName", "virksomhet", "leader", "per.berg")));

        assertThat(skole.get("parentId").asString()).isEqualTo(id(sektor).toString());
        assertThat(path(skole)).containsExactly(top, id(sektor));
        assertThat(skole.get("leader").asString()).isEqualTo("per.berg");
        assertThat(skole.get("validFrom").asString()).isEqualTo(TODAY.toString());
        assertThat(skole.get("validTo").isNull()).isTrue();
        assertThat(version(skole)).isEqualTo(1);
        assertThat(names(get(fjordvikAdmin, UNITS + "/" + id(sektor) + "/subtree")))
                .containsExactly("Oppvekst " + suffix, "Fjordvik skole " + suffix);
        assertThat(names(get(fjordvikAdmin, UNITS))).contains("Oppvekst " + suffix, "Fjordvik skole " + suffix);

        JsonNode event = publishedEvent(id(skole), OrgUnitCreated.TYPE);
        assertThat(event.get("ancestorIds").valueStream().map(JsonNode::asString).toList())
                .containsExactly(top.toString(), id(sektor).toString());
        assertThat(event.get("externalCode").asString()).isEqualTo("V" + suffix);
        assertThat(event.get("leader").asString()).isEqualTo("per.berg");
        assertThat(event.get("validFrom").asString()).isEqualTo(TODAY.toString());
    }

    @Test
    void aUnitCanStartOnALaterDay() {
        UUID top = topOf(fjordvikAdmin);

        JsonNode later = created(post(fjordvikAdmin, UNITS, json("parentId", top, "name", "Nytt prosjekt " + uniqueSuffix(),
                "validFrom", NEXT_NEW_YEAR.toString())));

        assertThat(get(fjordvikAdmin, UNITS + "/" + id(later)).statusCode()).isEqualTo(404);
        assertThat(get(fjordvikAdmin, UNITS).body()).doesNotContain(id(later).toString());
        assertThat(ok(get(fjordvikAdmin, UNITS + "/" + id(later) + "?at=" + NEXT_NEW_YEAR)).get("validFrom").asString())
                .isEqualTo(NEXT_NEW_YEAR.toString());
        assertThat(get(fjordvikAdmin, UNITS + "?at=" + NEXT_NEW_YEAR).body()).contains(id(later).toString());
    }

    @Test
    void anotherMunicipalityNeverSeesOrChangesTheUnits() {
        UUID top = topOf(fjordvikAdmin);
        JsonNode skole = created(post(fjordvikAdmin, UNITS, unit(top, "Hemmelig " + uniqueSuffix(), null, null)));
        String path = UNITS + "/" + id(skole);

        assertThat(get(nordliaAdmin, path).statusCode()).isEqualTo(404);
        assertThat(get(nordliaAdmin, path + "/subtree").statusCode()).isEqualTo(404);
        assertThat(get(nordliaAdmin, path + "/history").statusCode()).isEqualTo(404);
        assertThat(get(nordliaAdmin, UNITS).body()).doesNotContain(id(skole).toString());
        assertThat(post(nordliaAdmin, UNITS, unit(id(skole), "Inntrenger", null, null)).statusCode()).isEqualTo(404);
        assertThat(put(nordliaAdmin, path, json("name", "Overtatt", "version", 1)).statusCode()).isEqualTo(404);
        assertThat(post(nordliaAdmin, path + "/move", json("parentId", id(skole), "version", 1)).statusCode()).isEqualTo(404);
        assertThat(post(nordliaAdmin, path + "/close", json("version", 1)).statusCode()).isEqualTo(404);
        assertThat(ok(get(fjordvikAdmin, path)).get("name").asString()).startsWith("Hemmelig");
    }

    @Test
    void onlyAdministratorsMaintainTheTree() {
        UUID top = topOf(fjordvikAdmin);
        JsonNode unit = aUnitUnder(top, "Avdeling");
        String path = UNITS + "/" + id(unit);

        for (String fixture : List.of("fjordvik-virksomhetsleder", "fjordvik-kommunedirektor", "fjordvik-medarbeider")) {
            String token = ISSUER.token(fixture);
            assertThat(problem(post(token, UNITS, unit(top, "Ny avdeling", null, null)), 403))
                    .isEqualTo("Only the municipality's administrators maintain the org tree.");
            problem(put(token, path, json("name", "Nytt navn", "version", 1)), 403);
            problem(post(token, path + "/move", json("parentId", top, "version", 1)), 403);
            problem(post(token, path + "/close", json("version", 1)), 403);
            problem(api().post(token, UNITS + "/import", "text/csv", ("x").getBytes(StandardCharsets.UTF_8)), 403);
            assertThat(get(token, UNITS).statusCode()).isEqualTo(200);
        }
        assertThat(version(ok(get(fjordvikAdmin, path)))).isEqualTo(1);
    }

    @Test
    void anInvalidRequestIsRefusedNamingTheFields() {
        HttpResponse<String> response = post(fjordvikAdmin, UNITS, json("name", " ", "externalCode", "9".repeat(51), "leader", "per berg"));

        problem(response, 400);
        assertThat(response.body()).contains("\"field\":\"name\"", "\"field\":\"externalCode\"", "\"field\":\"leader\"");
        assertThat(post(fjordvikAdmin, UNITS, json("name", "X", "parentId", "not-a-uuid")).body()).contains("\"field\":\"parentId\"");
        assertThat(post(fjordvikAdmin, UNITS, json("name", "X", "validFrom", "1. januar")).body()).contains("\"field\":\"validFrom\"");
        UUID unit = id(aUnitUnder(topOf(fjordvikAdmin), "Avdeling"));
        HttpResponse<String> withoutVersion = put(fjordvikAdmin, UNITS + "/" + unit, json("name", "Nytt navn"));
        problem(withoutVersion, 400);
        assertThat(withoutVersion.body()).contains("\"field\":\"version\"");
        assertThat(post(fjordvikAdmin, UNITS + "/" + unit + "/move", json("version", 1)).body()).contains("\"field\":\"parentId\"");
        HttpResponse<String> badDay = get(fjordvikAdmin, UNITS + "?at=tomorrow");
        problem(badDay, 400);
        assertThat(badDay.body()).contains("\"field\":\"at\"");
    }

    @Test
    void codesAreUniqueAndThereIsOneTop() {
        UUID top = topOf(fjordvikAdmin);
        String code = "K" + uniqueSuffix();
        JsonNode first = created(post(fjordvikAdmin, UNITS, unit(top, "Første", code, null)));
        JsonNode second = aUnitUnder(top, "Andre");

        assertThat(problem(post(fjordvikAdmin, UNITS, unit(top, "Tredje", code, null)), 409))
                .isEqualTo("The code " + code + " already belongs to Første.");
        assertThat(problem(put(fjordvikAdmin, UNITS + "/" + id(second),
                json("name", "Andre", "externalCode", code, "version", version(second))), 409))
                .isEqualTo("The code " + code + " already belongs to Første.");
        assertThat(problem(post(fjordvikAdmin, UNITS, unit(null, "En topp til", null, null)), 409))
                .startsWith("The municipality already has its top unit");
        assertThat(problem(post(fjordvikAdmin, UNITS, unit(UUID.randomUUID(), "Foreldreløs", null, null)), 404))
                .isEqualTo("The parent unit does not exist in your municipality.");
        assertThat(ok(put(fjordvikAdmin, UNITS + "/" + id(first), json("name", "Første", "externalCode", code, "leader", "per.berg",
                "version", version(first)))).get("leader").asString()).isEqualTo("per.berg");
    }

    @Test
    void withoutATokenNothingIsShown() {
        assertThat(problem(get(null, UNITS), 401)).isNotBlank();
    }
}
