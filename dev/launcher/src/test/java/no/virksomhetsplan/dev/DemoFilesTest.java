package no.virksomhetsplan.dev;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The realm files and the demo org trees must agree: every user's org_unit is a unit of their municipality. */
class DemoFilesTest {

    // Surefire runs in the module folder, dev/launcher.
    private static final Path DEV = Path.of("..").toAbsolutePath().normalize();

    @Test
    void fjordvikHasItsTreeAndUsers() throws IOException {
        List<OrgUnitCsv.OrgUnit> units = OrgUnitCsv.read(DEV.resolve("demo/fjordvik-org-units.csv"));
        assertThat(units).hasSizeBetween(35, 45);
        assertThat(units).filteredOn(OrgUnitCsv.OrgUnit::isTop).extracting(OrgUnitCsv.OrgUnit::externalCode).containsExactly("1000");

        RealmFile realm = RealmFile.read(DEV.resolve("keycloak/fjordvik-realm.json"));
        assertThat(realm.realm()).isEqualTo("fjordvik");
        assertThat(realm.displayName()).isEqualTo("Fjordvik kommune");
        assertThat(realm.firstUserWithRole("admin")).get().extracting(RealmFile.DemoUser::username).isEqualTo("marit.holm");
        assertThat(realm.users()).extracting(RealmFile.DemoUser::roles).allSatisfy(roles -> assertThat(roles).hasSize(1));
    }

    @Test
    void everyLeaderIsAUserOfTheMunicipalityWhoBelongsToTheUnitTheyLead() throws IOException {
        for (String name : List.of("fjordvik", "nordlia")) {
            List<OrgUnitCsv.OrgUnit> units = OrgUnitCsv.read(DEV.resolve("demo/" + name + "-org-units.csv"));
            RealmFile realm = RealmFile.read(DEV.resolve("keycloak/" + name + "-realm.json"));
            List<OrgUnitCsv.OrgUnit> led = units.stream().filter(unit -> !unit.leaderUsername().isEmpty()).toList();
            assertThat(led).as(name + "'s units with a leader").isNotEmpty().allSatisfy(unit ->
                    assertThat(realm.users()).as("the leader of " + unit.externalCode())
                            .anySatisfy(user -> {
                                assertThat(user.username()).isEqualTo(unit.leaderUsername());
                                assertThat(user.orgUnit()).isEqualTo(unit.externalCode());
                            }));
        }
        assertThat(OrgUnitCsv.read(DEV.resolve("demo/fjordvik-org-units.csv")))
                .filteredOn(unit -> unit.externalCode().equals("2110")).extracting(OrgUnitCsv.OrgUnit::leaderUsername)
                .containsExactly("per.berg");
    }

    @Test
    void everyUserBelongsToAUnitOfTheirOwnMunicipality() throws IOException {
        for (String name : List.of("fjordvik", "nordlia")) {
            Set<String> codes = OrgUnitCsv.read(DEV.resolve("demo/" + name + "-org-units.csv")).stream()
                    .map(OrgUnitCsv.OrgUnit::externalCode).collect(Collectors.toSet());
            RealmFile realm = RealmFile.read(DEV.resolve("keycloak/" + name + "-realm.json"));
            assertThat(realm.users()).isNotEmpty().allSatisfy(user -> {
                assertThat(codes).as(user.username() + "'s org_unit").contains(user.orgUnit());
                assertThat(user.password()).isEqualTo("Demo-2027!");
                // Keycloak refuses a password grant for users without these ("Account is not fully set up").
                assertThat(user.firstName()).isNotBlank();
                assertThat(user.lastName()).isNotBlank();
            });
        }
    }
}
