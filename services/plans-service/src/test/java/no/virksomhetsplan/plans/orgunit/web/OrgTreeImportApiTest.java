package no.virksomhetsplan.plans.orgunit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import no.virksomhetsplan.contracts.org.OrgUnitCreated;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** POST /api/plans/org-units/import: a whole tree from a CSV file, all of it or nothing. */
class OrgTreeImportApiTest extends OrgTreeApiTestBase {

    private static final String IMPORT = UNITS + "/import";
    private static final String HEADER = "externalCode,name,levelName,parentExternalCode,leaderUsername\n";

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsAPartOfTheTreeInOneCallWithLeadersAndEvents() {
        JsonNode sektor = aUnitUnder(topOf(fjordvikAdmin), "Helse og velferd");
        String s = uniqueSuffix();
        String csv = HEADER
                + "A" + s + ",Fjordvik sykehjem,Virksomhet," + sektor.get("externalCode").asString() + ",siri.dahl\n"
                + "B" + s + ",Skjermet enhet,Avdeling,A" + s + ",\n"
                + "C" + s + ",\"Hjemmetjenesten, nord\",Virksomhet," + sektor.get("externalCode").asString() + ",ole.strand\n";

        HttpResponse<String> response = importFile(csv, "");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(JSON.readTree(response.body()).get("created").asInt()).isEqualTo(3);
        List<JsonNode> subtree = ok(get(fjordvikAdmin, UNITS + "/" + id(sektor) + "/subtree")).valueStream().toList();
        assertThat(subtree).extracting(unit -> unit.get("name").asString())
                .containsExactlyInAnyOrder(sektor.get("name").asString(), "Fjordvik sykehjem", "Skjermet enhet", "Hjemmetjenesten, nord");
        JsonNode sykehjem = subtree.stream().filter(unit -> unit.get("externalCode").asString().equals("A" + s)).findFirst().orElseThrow();
        JsonNode skjermet = subtree.stream().filter(unit -> unit.get("externalCode").asString().equals("B" + s)).findFirst().orElseThrow();
        assertThat(sykehjem.get("leader").asString()).isEqualTo("siri.dahl");
        assertThat(path(skjermet)).endsWith(id(sektor), id(sykehjem));

        JsonNode event = publishedEvent(id(skjermet), OrgUnitCreated.TYPE);
        assertThat(event.get("parentId").asString()).isEqualTo(id(sykehjem).toString());
        assertThat(event.get("validFrom").asString()).isEqualTo(TODAY.toString());
    }

    @Test
    void oneBadLineImportsNothingAtAll() {
        JsonNode sektor = aUnitUnder(topOf(fjordvikAdmin), "Teknikk og miljø");
        String s = uniqueSuffix();
        String parent = sektor.get("externalCode").asString();
        List<String> goodCodes = List.of("V" + s, "W" + s, "E" + s);
        String csv = HEADER
                + goodCodes.get(0) + ",Vei og park,Virksomhet," + parent + ",\n"
                + goodCodes.get(1) + ",Vann og avløp,Virksomhet," + parent + ",\n"
                + goodCodes.get(2) + ",Eiendom,Virksomhet," + parent + ",\n"
                + "X" + s + ",Brann og redning,Virksomhet,NO-SUCH-" + s + ",\n";

        HttpResponse<String> response = importFile(csv, "");

        assertThat(problem(response, 400)).isEqualTo("The file has a problem; nothing was imported.");
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("line").asInt()).isEqualTo(5);
        assertThat(errors.get(0).get("field").asString()).isEqualTo("parentExternalCode");
        assertThat(errors.get(0).get("message").asString())
                .isEqualTo("No unit has the code NO-SUCH-" + s + ", neither in the municipality nor in this file.");
        assertThat(names(get(fjordvikAdmin, UNITS + "/" + id(sektor) + "/subtree"))).containsExactly(sektor.get("name").asString());
        assertThat(jdbc.sql("select count(*) from org_unit_period where external_code in (:codes)").param("codes", goodCodes)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from org_unit where external_code in (:codes)").param("codes", goodCodes)
                .query(Long.class).single()).isZero();
    }

    @Test
    void everyProblemIsNamedWithItsLineAndColumn() {
        JsonNode sektor = aUnitUnder(topOf(fjordvikAdmin), "Samfunnsutvikling");
        JsonNode existing = aUnitUnder(topOf(fjordvikAdmin), "Næringskontoret");
        String parent = sektor.get("externalCode").asString();
        String taken = existing.get("externalCode").asString();
        String s = uniqueSuffix();
        String csv = HEADER
                + "A" + s + ",Næring,Virksomhet," + parent + ",\n"         // 2: fine
                + "A" + s + ",Næring igjen,Virksomhet," + parent + ",\n"   // 3: the same code twice
                + taken + ",Dobbel,Virksomhet,A" + s + ",\n"               // 4: the code of an existing unit
                + "B" + s + ",,Virksomhet,A" + s + ",\n"                   // 5: no name
                + "C" + s + ",Klima,Virksomhet,D" + s + ",\n"              // 6: a circle
                + "D" + s + ",Plan,Virksomhet,C" + s + ",\n"               // 7: a circle
                + "E" + s + "," + "n".repeat(201) + ",Virksomhet,A" + s + ",\n"   // 8: too long
                + "F" + s + ",Foreldreløs,Virksomhet,MISSING" + s + ",\n";        // 9: unknown parent

        HttpResponse<String> response = importFile(csv, "");

        assertThat(problem(response, 400)).isEqualTo("The file has 7 problems; nothing was imported.");
        List<String> errors = JSON.readTree(response.body()).get("errors").valueStream()
                .map(e -> e.get("line").asInt() + " " + e.get("field").asString() + ": " + e.get("message").asString())
                .toList();
        String circle = "Lines 6, 7 name each other as parents in a circle (C" + s + " → D" + s + " → C" + s + ").";
        assertThat(errors).containsExactly(
                "3 externalCode: The code A" + s + " is also on line 2; codes are unique.",
                "4 externalCode: The code " + taken + " already belongs to " + existing.get("name").asString() + "; codes are unique.",
                "5 name: The unit has no name; every unit needs one.",
                "6 parentExternalCode: " + circle,
                "7 parentExternalCode: " + circle,
                "8 name: The name has 201 characters; at most 200 are allowed.",
                "9 parentExternalCode: No unit has the code MISSING" + s + ", neither in the municipality nor in this file.");
        assertThat(names(get(fjordvikAdmin, UNITS + "/" + id(sektor) + "/subtree"))).containsExactly(sektor.get("name").asString());
    }

    @Test
    void aFileThatIsNotUtf8CsvIsRefused() {
        byte[] latin1 = (HEADER + "1,Bibliotek,Virksomhet,,\n2,Sjøbua,Avdeling,1,\n").getBytes(StandardCharsets.ISO_8859_1);

        HttpResponse<String> notUtf8 = api().post(fjordvikAdmin, IMPORT, "text/csv", latin1);
        assertThat(problem(notUtf8, 400)).isEqualTo("The file has a problem; nothing was imported.");
        assertThat(notUtf8.body()).contains("\"line\":3", "save the file as UTF-8");

        assertThat(problem(api().post(fjordvikAdmin, IMPORT, "text/csv", "name;code\n".getBytes(StandardCharsets.UTF_8)), 400))
                .isNotBlank();
        assertThat(api().post(fjordvikAdmin, IMPORT, "application/json", "{}".getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(415);
        assertThat(problem(importFile(HEADER + "1,Kommunen,Kommune,,\n", "?validFrom=someday"), 400)).contains("validFrom");
    }

    @Test
    void fifteenHundredUnitsImportInOneTransactionInReasonableTime() {
        JsonNode bydel = aUnitUnder(topOf(fjordvikAdmin), "Bydel");
        String s = uniqueSuffix();
        StringBuilder csv = new StringBuilder(HEADER);
        IntStream.rangeClosed(1, 1500).forEach(i -> csv.append(s).append('-').append(i).append(",Enhet ").append(i).append(",Avdeling,")
                .append(i == 1 ? bydel.get("externalCode").asString() : s + "-" + i / 2).append(",leder.").append(i).append('\n'));

        long start = System.nanoTime();
        HttpResponse<String> response = importFile(csv.toString(), "?validFrom=" + NEXT_NEW_YEAR);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        System.out.printf("Imported 1500 org units in %d ms%n", millis);
        assertThat(millis).isLessThan(30_000);
        assertThat(ok(get(fjordvikAdmin, UNITS + "/" + id(bydel) + "/subtree?at=" + NEXT_NEW_YEAR))).hasSize(1501);
        assertThat(ok(get(fjordvikAdmin, UNITS + "/" + id(bydel) + "/subtree"))).hasSize(1);
    }

    private HttpResponse<String> importFile(String csv, String query) {
        return api().post(fjordvikAdmin, IMPORT + query, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }
}
