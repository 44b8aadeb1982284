package no.virksomhetsplan.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/events/asyncapi.yaml, the event catalogue and the public contract for fagsystemer, checked by the AsyncAPI CLI
 * itself (with every schema it references). The CLI comes from the npm registry at the versions pinned in
 * deploy/asyncapi/package-lock.json; it is installed once per lock file under the data directory's tools/ and runs
 * offline from then on.
 */
class AsyncApiCatalogueTest {

    private static final Path CATALOGUE = Repository.path("docs/events/asyncapi.yaml");
    private static Path cli;

    @BeforeAll
    static void theCliAsPinned() throws Exception {
        Path pinned = Repository.path("deploy/asyncapi");
        byte[] lock = Files.readAllBytes(pinned.resolve("package-lock.json"));
        String version = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(lock)).substring(0, 12);
        Path tools = dataDirectory().resolve("tools");
        Path installed = tools.resolve("asyncapi-cli-" + version);
        cli = installed.resolve("node_modules/.bin/asyncapi");
        if (Files.isExecutable(cli)) {
            return;
        }
        // Installed beside its final place and moved there whole, so a build that stops half-way leaves nothing half-installed.
        Files.createDirectories(tools);
        Path staging = Files.createTempDirectory(tools, "asyncapi-cli-");
        Files.copy(pinned.resolve("package.json"), staging.resolve("package.json"));
        Files.copy(pinned.resolve("package-lock.json"), staging.resolve("package-lock.json"));
        Run install = run(staging, 600, "npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error");
        assertThat(install.exitCode()).as("npm ci of the AsyncAPI CLI:\n" + install.output()).isZero();
        try {
            Files.move(staging, installed, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException installedMeanwhile) {
            assertThat(cli).as("installed by a build running at the same time").isExecutable();
        }
    }

    @Test
    void theCatalogueIsValidAsyncApi() throws Exception {
        Run validation = validate(CATALOGUE);

        assertThat(validation.exitCode()).as(validation.output()).isZero();
        assertThat(validation.output()).contains("is valid").doesNotContain(" error ");
    }

    /** The check can fail: a catalogue whose channel names a message that does not exist is refused. */
    @Test
    void aBrokenCatalogueIsRefused() throws Exception {
        Path broken = Files.createTempFile(CATALOGUE.getParent(), "broken-", ".yaml");
        try {
            Files.writeString(broken, Files.readString(CATALOGUE)
                    .replace("$ref: '#/components/messages/valueRecorded'", "$ref: '#/components/messages/noSuchMessage'"));

            Run validation = validate(broken);

            assertThat(validation.exitCode()).as(validation.output()).isNotZero();
            assertThat(validation.output()).contains("noSuchMessage");
        } finally {
            Files.deleteIfExists(broken);
        }
    }

    private static Run validate(Path catalogue) throws Exception {
        return run(catalogue.getParent(), 180, cli.toString(), "validate", catalogue.toString(), "--fail-severity=error");
    }

    private record Run(int exitCode, String output) {
    }

    private static Run run(Path directory, int timeoutSeconds, String... command) throws Exception {
        var builder = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(directory.toFile()).redirectErrorStream(true);
        // The CLI sends usage metrics unless its settings file says not to; it gets one of its own that does.
        Path settings = cli.getParent().getParent().getParent().resolve("asyncapi-analytics.json");
        if (Files.isDirectory(settings.getParent()) && !Files.exists(settings)) {
            Files.writeString(settings, "{\"analyticsEnabled\":\"false\",\"infoMessageShown\":\"true\",\"userID\":\"build\"}");
        }
        builder.environment().put("ASYNCAPI_METRICS_CONFIG_PATH", settings.toString());
        builder.environment().put("SUPPRESS_NO_CONFIG_WARNING", "true");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(timeoutSeconds, TimeUnit.SECONDS)).as(String.join(" ", command) + " finished").isTrue();
        return new Run(process.exitValue(), output);
    }

    /** Where dev/run keeps its data ({@code VP_DATA_DIR}, by default .data in the repository). */
    private static Path dataDirectory() {
        String configured = System.getenv("VP_DATA_DIR");
        return configured == null || configured.isBlank() ? Repository.path(".data") : Repository.root().resolve(configured);
    }
}
