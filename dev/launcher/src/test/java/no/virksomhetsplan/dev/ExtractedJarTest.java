package no.virksomhetsplan.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a fat jar is extracted. Spring Boot's own extract is stood in for by a script in java's place that records each
 * call and writes what extract writes (the application's jar and lib/); CI runs the real one on every service.
 */
class ExtractedJarTest {

    @TempDir
    Path root;

    Path fatJar;
    Path java;
    Path calls;

    @BeforeEach
    void aFatJarAndAStandInForJava() throws IOException {
        fatJar = root.resolve("target/plans-service.jar");
        Files.createDirectories(fatJar.getParent());
        Files.writeString(fatJar, "fat jar, first build");
        calls = root.resolve("calls");
        java = root.resolve("java");
        Files.writeString(java, """
                #!/bin/sh
                echo "$*" >> '%s'
                while [ $# -gt 0 ]; do
                  if [ "$1" = --destination ]; then mkdir -p "$2/lib" && echo app > "$2/plans-service.jar"; fi
                  shift
                done
                """.formatted(calls));
        java.toFile().setExecutable(true);
    }

    @Test
    void theExtractedJarLivesInAFolderNamedAfterTheFatJar() {
        ExtractedJar jar = new ExtractedJar(fatJar);

        assertThat(jar.folder()).isEqualTo(root.resolve("target/plans-service"));
        assertThat(jar.runnable()).isEqualTo(root.resolve("target/plans-service/plans-service.jar"));
    }

    @Test
    void aJarIsExtractedOnceAndAgainOnlyWhenItWasBuiltAgain() throws Exception {
        ExtractedJar jar = new ExtractedJar(fatJar);
        assertThat(jar.upToDate()).isFalse();

        assertThat(jar.extractIfChanged(java)).isTrue();
        assertThat(Files.readAllLines(calls)).containsExactly(
                "-Djarmode=tools -jar " + fatJar + " extract --destination " + jar.folder());
        assertThat(jar.runnable()).exists();
        assertThat(jar.upToDate()).isTrue();

        assertThat(jar.extractIfChanged(java)).isFalse();
        assertThat(Files.readAllLines(calls)).hasSize(1);

        Files.writeString(fatJar, "fat jar, second build");
        Files.setLastModifiedTime(fatJar, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(jar.upToDate()).isFalse();
        assertThat(jar.extractIfChanged(java)).isTrue();
        assertThat(Files.readAllLines(calls)).hasSize(2);
    }

    @Test
    void anExtractThatWroteNoJarIsAnErrorAndLeavesNothingUpToDate() throws IOException {
        Files.writeString(java, "#!/bin/sh\nexit 0\n");
        ExtractedJar jar = new ExtractedJar(fatJar);

        assertThatThrownBy(() -> jar.extractIfChanged(java)).isInstanceOf(IOException.class)
                .hasMessageContaining("could not extract " + fatJar);
        assertThat(jar.upToDate()).isFalse();
    }
}
