package no.virksomhetsplan.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OnboardArgumentsTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 14);

    private static OnboardArguments parse(String... args) {
        return OnboardArguments.parse(List.of(args), Map.of("VP_CALLER_DIR", "/home/someone"), TODAY);
    }

    @Test
    void theLocalDemoDefaults() {
        OnboardArguments args = parse("vestby", "Vestby kommune", "Kari.Nordmann", "vestby.csv");

        assertThat(args.tenant()).isEqualTo("vestby");
        assertThat(args.adminUsername()).isEqualTo("kari.nordmann");
        assertThat(args.adminFirstName()).isEqualTo("Kari");
        assertThat(args.adminLastName()).isEqualTo("Nordmann");
        assertThat(args.adminEmail()).isEqualTo("kari.nordmann@vestby.kommune.local");
        assertThat(args.orgTree()).isEqualTo(Path.of("/home/someone/vestby.csv"));
        assertThat(args.password()).isNull();
        assertThat(args.language()).isEqualTo("nb");
        assertThat(args.validFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(args.issuer()).isEqualTo("http://localhost:8180/realms/vestby");
        assertThat(args.gatewayUrl()).isEqualTo("http://localhost:8080");
        assertThat(args.fagsystemClientId()).isEqualTo("fagsystem-vestby");
    }

    @Test
    void optionsOverrideTheDefaults() {
        OnboardArguments args = parse("ost-dal", "Østdal kommune", "admin", "--language", "nn", "--password", "Long-enough-1",
                "--valid-from", "2027-08-01", "--admin-name", "Ola Jon Nordmann", "--admin-org-unit", "100",
                "--web-url", "https://plan.example.no/");

        assertThat(args.orgTree()).isNull();
        assertThat(args.language()).isEqualTo("nn");
        assertThat(args.password()).isEqualTo("Long-enough-1");
        assertThat(args.validFrom()).isEqualTo(LocalDate.of(2027, 8, 1));
        assertThat(args.adminFirstName()).isEqualTo("Ola Jon");
        assertThat(args.adminLastName()).isEqualTo("Nordmann");
        assertThat(args.adminOrgUnit()).isEqualTo("100");
        assertThat(args.webUrl()).isEqualTo("https://plan.example.no");
    }

    @Test
    void aUsernameWithoutADotGetsAGenericFirstName() {
        assertThat(OnboardArguments.nameFromUsername("admin")).containsExactly("Administrator", "Admin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vestby", "vest_by", "-vestby", "vestby-", "master", "fjordvik", "nordlia", "v\u00e5ler"})
    void aTenantThatCannotBeARealmOfItsOwnIsRefused(String tenant) {
        assertThatThrownBy(() -> parse(tenant, "X kommune", "admin")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wrongUseIsExplained() {
        assertThatThrownBy(() -> parse("vestby", "Vestby kommune")).hasMessageContaining("<admin-username>");
        assertThatThrownBy(() -> parse("vestby", "Vestby kommune", "admin", "--language", "de")).hasMessageContaining("nb, nn or en");
        assertThatThrownBy(() -> parse("vestby", "Vestby kommune", "admin", "--password", "short")).hasMessageContaining("8");
        assertThatThrownBy(() -> parse("vestby", "Vestby kommune", "admin", "--bogus", "x")).hasMessageContaining("--bogus");
        assertThatThrownBy(() -> parse("vestby", "Vestby kommune", "admin", "--language")).hasMessageContaining("needs a value");
    }
}
