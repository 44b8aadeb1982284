package no.virksomhetsplan.dev;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReadyBoxTest {

    private static RealmFile.DemoUser user(String username, String role, String unit, String password) {
        return new RealmFile.DemoUser(username, "First", "Last", List.of(role), unit, password);
    }

    @Test
    void listsLoginsPerMunicipalityWithUnitNamesAndTheSharedPasswordOnce() {
        List<RealmFile> realms = List.of(
                new RealmFile("fjordvik", "Fjordvik kommune", List.of(
                        user("ingrid.fjeld", "kommunedirektor", "1000", "pw"),
                        user("per.berg", "virksomhetsleder", "2110", "pw"))),
                new RealmFile("nordlia", "Nordlia kommune", List.of(user("kari.li", "virksomhetsleder", "210", "pw"))));
        Map<String, Map<String, String>> names = Map.of("fjordvik", Map.of("1000", "Fjordvik kommune", "2110", "Fjordvik skole"));

        List<String> lines = ReadyBox.logins(realms, realm -> names.getOrDefault(realm, Map.of()));

        assertThat(lines).containsExactly(
                "Demo logins (password for all: pw)",
                "  Fjordvik kommune (realm fjordvik)",
                "    ingrid.fjeld  kommunedirektor   1000 Fjordvik kommune",
                "    per.berg      virksomhetsleder  2110 Fjordvik skole",
                "  Nordlia kommune (realm nordlia)",
                "    kari.li       virksomhetsleder  210");
    }

    @Test
    void showsEachPasswordWhenTheyDiffer() {
        List<RealmFile> realms = List.of(new RealmFile("r", "R", List.of(user("a", "admin", "1", "x"), user("b", "admin", "1", "y"))));

        assertThat(ReadyBox.logins(realms, realm -> Map.of())).containsExactly(
                "Demo logins", "  R (realm r)", "    a  admin  1  x", "    b  admin  1  y");
    }
}
