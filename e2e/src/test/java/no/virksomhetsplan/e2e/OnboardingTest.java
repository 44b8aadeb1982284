package no.virksomhetsplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.virksomhetsplan.testsupport.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * dev/onboard against the running system: a municipality that did not exist a moment ago (a random tenant, so the
 * test can run again on the same data) gets its realm, administrator, settings and org tree, and is used at once,
 * without restarting anything: the gateway and every service trust its realm from its first token (ADR 0014). It
 * stays apart from the demo municipalities both ways. The realm is deleted afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnboardingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String PASSWORD = "E2e-" + UUID.randomUUID();

    private final String tenant = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
    private final ApiClient gateway = RunningSystem.gateway();
    private final List<String> output = new ArrayList<>();
    private int exitCode;

    @BeforeAll
    void onboard() throws IOException, InterruptedException {
        Path csv = Files.createTempFile("org-tree", ".csv");
        Files.writeString(csv, """
                # a small municipality for the system test
                externalCode,name,levelName,parentExternalCode,leaderUsername
                500,E2E kommune,Kommune,,ada.admin
                510,"Skole, kultur",Sektor,500,
                511,Bakken skole,Virksomhet,510,
                """, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder("bash", ROOT.resolve("dev/onboard").toString(), tenant, "E2E kommune", "ada.admin",
                csv.toString(), "--password", PASSWORD, "--language", "nn")
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .start();
        output.addAll(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        exitCode = process.exitValue();
        output.forEach(line -> System.out.println("dev/onboard | " + line));
        Files.deleteIfExists(csv);
    }

    @AfterAll
    void deleteTheRealm() throws IOException, InterruptedException {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(RunningSystem.KEYCLOAK + "/admin/realms/" + tenant))
                .header("Authorization", "Bearer " + RunningSystem.masterRealmToken()).DELETE().build(),
                HttpResponse.BodyHandlers.discarding());
    }

    @Test
    void theNewMunicipalityIsUsableAtOnceWithItsTreeAndSettings() {
        assertThat(exitCode).as(String.join("\n", output)).isZero();
        String admin = RunningSystem.token(tenant, "virksomhetsplan-cli", "ada.admin", PASSWORD);

        HttpResponse<String> units = gateway.get(admin, "/api/plans/org-units");
        assertThat(units.statusCode()).as(units.body()).isEqualTo(200);
        assertThat(JSON.readTree(units.body())).extracting(unit -> unit.get("externalCode").asString())
                .containsExactlyInAnyOrder("500", "510", "511");
        assertThat(units.body()).contains("Skole, kultur", "\"leader\":\"ada.admin\"");

        JsonNode settings = JSON.readTree(gateway.get(admin, "/api/plans/settings").body());
        assertThat(settings.get("language").asString()).isEqualTo("nn");
        assertThat(settings.get("version").asLong()).as("stored, so the settings event was published").isEqualTo(1);

        // The audit log has who did it: the settings and every imported unit, by the new administrator.
        JsonNode audit = JSON.readTree(gateway.get(admin, "/api/plans/audit").body());
        assertThat(audit).extracting(entry -> entry.get("action").asString())
                .containsExactlyInAnyOrder("settings.changed", "org-unit.imported", "org-unit.imported", "org-unit.imported");
        assertThat(audit).allSatisfy(entry -> assertThat(entry.get("actor").get("username").asString()).isEqualTo("ada.admin"));

        // Another service, which learns the tree only through Kafka, trusts the realm too and has the tree.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> gateway.get(admin, "/api/reporting/org-units").body().contains("Bakken skole"));
    }

    @Test
    void itsFagsystemClientIsAMachineOfThisMunicipality() {
        assertThat(exitCode).as(String.join("\n", output)).isZero();
        Matcher secret = Pattern.compile("client fagsystem-" + tenant + ", secret (\\S+)").matcher(String.join("\n", output));
        assertThat(secret.find()).as("the secret is printed once").isTrue();

        String machine = RunningSystem.clientToken(tenant, "fagsystem-" + tenant, secret.group(1));

        assertThat(gateway.get(machine, "/api/plans/org-units").statusCode()).isEqualTo(403);
        JsonNode claims = JSON.readTree(java.util.Base64.getUrlDecoder().decode(machine.split("\\.")[1]));
        assertThat(claims.get("tenant").asString()).isEqualTo(tenant);
        assertThat(claims.get("org_unit").asString()).isEqualTo("500");
    }

    @Test
    void itStaysApartFromTheDemoMunicipalities() {
        assertThat(exitCode).as(String.join("\n", output)).isZero();
        String admin = RunningSystem.token(tenant, "virksomhetsplan-cli", "ada.admin", PASSWORD);
        String fjordvik = RunningSystem.tokenFor("fjordvik", "marit.holm");

        JsonNode ours = JSON.readTree(gateway.get(admin, "/api/plans/org-units").body());
        String ourUnit = ours.get(0).get("id").asString();
        HttpResponse<String> fjordviksView = gateway.get(fjordvik, "/api/plans/org-units");
        assertThat(fjordviksView.body()).doesNotContain(ourUnit, "Bakken skole");
        assertThat(gateway.get(fjordvik, "/api/plans/org-units/" + ourUnit).statusCode()).isEqualTo(404);

        JsonNode theirs = JSON.readTree(fjordviksView.body());
        String fjordvikUnit = theirs.get(0).get("id").asString();
        assertThat(gateway.get(admin, "/api/plans/org-units/" + fjordvikUnit).statusCode()).isEqualTo(404);
        assertThat(gateway.get(admin, "/api/plans/org-units").body()).doesNotContain(fjordvikUnit, "Fjordvik");
    }

    @Test
    void runningItAgainForTheSameMunicipalityChangesNothing() throws IOException, InterruptedException {
        assertThat(exitCode).as(String.join("\n", output)).isZero();
        Process again = new ProcessBuilder("bash", ROOT.resolve("dev/onboard").toString(), tenant, "E2E kommune", "someone.else",
                "--password", "Another-password-1")
                .directory(ROOT.toFile()).redirectErrorStream(true).start();
        String text = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(again.exitValue()).as(text).isEqualTo(1);
        assertThat(text).contains("already has a realm " + tenant);
    }
}
