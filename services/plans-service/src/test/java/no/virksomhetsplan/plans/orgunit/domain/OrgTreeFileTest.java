package no.virksomhetsplan.plans.orgunit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrgTreeFileTest {

    private static final LocalDate FROM = LocalDate.of(2027, 1, 1);
    private static final String HEADER = OrgTreeFile.HEADER;

    @Test
    void plansEveryParentBeforeTheUnitsBelowItWhereverItIsInTheFile() {
        OrgTreeFile file = OrgTreeFile.read("\uFEFF" + HEADER + "\r\n"
                + "2110,Fjordvik skole,Virksomhet,2000,per.berg\r\n"
                + "1000,Fjordvik kommune,Kommune,,ingrid.fjeld\r\n"
                + "\r\n"
                + "2000,\"Oppvekst, kultur og \"\"idrett\"\"\",Kommunalområde,1000,\r\n");

        List<NewOrgUnit> planned = file.plan("fjordvik", Map.of(), Optional.empty(), FROM);

        assertThat(planned).extracting(unit -> unit.event().name())
                .containsExactly("Fjordvik kommune", "Oppvekst, kultur og \"idrett\"", "Fjordvik skole");
        OrgUnitPeriod skole = planned.get(2).unit().periods().get(0);
        assertThat(skole.ancestorIds()).containsExactly(planned.get(0).unit().id(), planned.get(1).unit().id());
        assertThat(skole.details()).isEqualTo(new OrgUnitDetails("Fjordvik skole", "2110", "Virksomhet", "per.berg"));
        assertThat(skole.validFrom()).isEqualTo(FROM);
        assertThat(planned.get(1).unit().periods().get(0).details().leader()).isNull();
    }

    @Test
    void aParentMayBeAnExistingUnit() {
        InMemoryTree tree = new InMemoryTree();
        NewOrgUnit kommune = tree.add(OrgUnitHistory.top("fjordvik", new OrgUnitDetails("Fjordvik kommune", "1000", null, null), FROM));
        OrgTreeFile file = OrgTreeFile.read(HEADER + "\n5000,Samfunnsutvikling,Kommunalområde,1000,\n5100,Næring,Virksomhet,5000,\n");

        List<NewOrgUnit> planned = file.plan("fjordvik", Map.of("1000", tree.from(kommune.unit().id(), FROM)),
                Optional.of("Fjordvik kommune"), FROM);

        assertThat(planned.get(1).unit().periods().get(0).ancestorIds())
                .containsExactly(kommune.unit().id(), planned.get(0).unit().id());
        assertThat(file.codes()).containsExactlyInAnyOrder("5000", "5100", "1000");
    }

    @Test
    void everyProblemIsReportedWithItsLineAndColumn() {
        InMemoryTree tree = new InMemoryTree();
        NewOrgUnit kommune = tree.add(OrgUnitHistory.top("fjordvik", new OrgUnitDetails("Fjordvik kommune", "1000", null, null), FROM));
        NewOrgUnit stab = tree.add(tree.from(kommune.unit().id(), FROM).addChild(new OrgUnitDetails("Stab", "1100", null, null)));
        OrgTreeFile file = OrgTreeFile.read(String.join("\n",
                HEADER,                                   // 1
                "2000,Oppvekst,Kommunalområde,1000,",     // 2 fine
                "2110,,Virksomhet,2000,",                 // 3 no name
                "2000,Oppvekst igjen,X,1000,",            // 4 duplicate in the file
                "1100,Stab igjen,X,1000,",                // 5 code of an existing unit
                "2120,Nordbygda skole,X,9999,",           // 6 unknown parent
                "3000,Helse,X,3100,",                     // 7 circle
                "3100,Sykehjem,X,3000,",                  // 8 circle
                "4000," + "T".repeat(201) + ",X,1000,",   // 9 name too long
                "5000,Samfunn,X,1000",                    // 10 a value missing
                "6000,Ny topp,X,,",                       // 11 a second top
                "7000,Selv,X,7000,",                      // 12 its own parent
                "8000,Leder,X,1000,per berg",             // 13 a username with a space
                "9000,\"Åpent sitat,X,1000,"));           // 14 an open quote

        InvalidOrgTreeFileException rejected = catchThrowableOfType(InvalidOrgTreeFileException.class, () -> file.plan("fjordvik",
                Map.of("1000", tree.from(kommune.unit().id(), FROM), "1100", tree.from(stab.unit().id(), FROM)),
                Optional.of("Fjordvik kommune"), FROM));

        assertThat(rejected.problems()).extracting(ImportProblem::line, ImportProblem::field).containsExactly(
                tuple(3, "name"),
                tuple(4, "externalCode"),
                tuple(5, "externalCode"),
                tuple(6, "parentExternalCode"),
                tuple(7, "parentExternalCode"),
                tuple(8, "parentExternalCode"),
                tuple(9, "name"),
                tuple(10, null),
                tuple(11, "parentExternalCode"),
                tuple(12, "parentExternalCode"),
                tuple(13, "leaderUsername"),
                tuple(14, null));
        assertThat(rejected.problems()).extracting(ImportProblem::message).contains(
                "The code 2000 is also on line 2; codes are unique.",
                "The code 1100 already belongs to Stab; codes are unique.",
                "No unit has the code 9999, neither in the municipality nor in this file.",
                "Lines 7, 8 name each other as parents in a circle (3000 → 3100 → 3000).",
                "The name has 201 characters; at most 200 are allowed.",
                "The parent is empty, but the municipality already has its top unit, Fjordvik kommune; name the unit's parent.");
        assertThat(rejected).hasMessage("The file has 12 problems; nothing was imported.");
    }

    @Test
    void aParentThatClosesCannotGetNewUnits() {
        InMemoryTree tree = new InMemoryTree();
        NewOrgUnit kommune = tree.add(OrgUnitHistory.top("fjordvik", new OrgUnitDetails("Fjordvik kommune", "1000", null, null), FROM));
        NewOrgUnit ppt = tree.add(tree.from(kommune.unit().id(), FROM).addChild(new OrgUnitDetails("PPT", "2300", null, null)));
        tree.apply(tree.from(ppt.unit().id(), FROM.plusMonths(6)).close(1, List.of()));
        OrgTreeFile file = OrgTreeFile.read(HEADER + "\n2301,PPT-kontoret,Avdeling,2300,\n");

        InvalidOrgTreeFileException rejected = catchThrowableOfType(InvalidOrgTreeFileException.class, () -> file.plan("fjordvik",
                Map.of("2300", tree.from(ppt.unit().id(), FROM)), Optional.of("Fjordvik kommune"), FROM));

        assertThat(rejected.problems()).containsExactly(new ImportProblem(2, "parentExternalCode",
                "The parent 2300 cannot have units below it from 2027-01-01: PPT closes from 2027-07-01."));
    }

    @Test
    void aFileWithoutTheHeaderOrWithoutUnitsIsRefused() {
        assertThat(problems("")).containsExactly(new ImportProblem(1, null,
                "The file is empty; its first line must be the header " + HEADER + "."));
        assertThat(problems("code;name\n1;A\n")).containsExactly(new ImportProblem(1, null,
                "The first line must be the header " + HEADER + "."));
        assertThat(problems(HEADER + "\n\n")).containsExactly(new ImportProblem(1, null, "The file has no units below its header."));
    }

    @Test
    void theDemoMunicipalitiesAreValidFiles() throws IOException {
        // Surefire runs in the module folder; the launcher sends these files without their comment lines.
        for (String municipality : List.of("fjordvik", "nordlia")) {
            String csv = Files.readAllLines(Path.of("../../dev/demo/" + municipality + "-org-units.csv")).stream()
                    .filter(line -> !line.startsWith("#"))
                    .collect(Collectors.joining("\n"));

            List<NewOrgUnit> planned = OrgTreeFile.read(csv).plan(municipality, Map.of(), Optional.empty(), FROM);

            assertThat(planned).isNotEmpty();
            assertThat(planned.get(0).event().parentId()).isNull();
            assertThat(planned).extracting(unit -> unit.event().leader()).contains(municipality.equals("fjordvik") ? "per.berg" : "kari.li");
        }
    }

    @Test
    void aLargeTreeIsPlannedAtOnce() {
        StringBuilder csv = new StringBuilder(HEADER).append("\n1,Kommunen,Kommune,,\n");
        IntStream.rangeClosed(2, 1500).forEach(i -> csv.append(i).append(",Enhet ").append(i).append(",Avdeling,").append(i / 2).append(",\n"));

        List<NewOrgUnit> planned = OrgTreeFile.read(csv.toString()).plan("fjordvik", Map.of(), Optional.empty(), FROM);

        assertThat(planned).hasSize(1500);
        assertThat(planned.get(planned.size() - 1).unit().periods().get(0).ancestorIds()).hasSize(10);
    }

    private static List<ImportProblem> problems(String csv) {
        return catchThrowableOfType(InvalidOrgTreeFileException.class,
                () -> OrgTreeFile.read(csv).plan("fjordvik", Map.of(), Optional.empty(), FROM)).problems();
    }
}
