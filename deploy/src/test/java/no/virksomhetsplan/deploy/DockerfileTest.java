package no.virksomhetsplan.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The image recipe: layered Spring Boot jar, non-root, JVM sized by the container. */
class DockerfileTest {

    final List<String> instructions = Repository.read(Repository.path("Dockerfile")).lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .toList();

    @Test
    void builds_in_stages_and_runs_the_extracted_layers_with_the_launcher() {
        assertThat(instructions.stream().filter(line -> line.startsWith("FROM "))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(instructions).anyMatch(line -> line.contains("-Djarmode=tools") && line.contains("extract --layers --launcher"));
        assertThat(instructions.stream().filter(line -> line.startsWith("COPY --from=layers")))
                .extracting(line -> line.split("\\s+")[2].replaceAll(".*/extracted/", "").replace("/", ""))
                .containsExactly("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
        assertThat(instructions.get(instructions.size() - 1))
                .isEqualTo("ENTRYPOINT [\"java\", \"org.springframework.boot.loader.launch.JarLauncher\"]");
    }

    @Test
    void the_runtime_stage_runs_as_a_numeric_non_root_user_with_container_aware_memory() {
        int lastFrom = lastIndexStartingWith("FROM ");
        int user = lastIndexStartingWith("USER ");
        assertThat(user).as("USER in the runtime stage").isGreaterThan(lastFrom);
        String uid = instructions.get(user).substring(5).split(":")[0];
        assertThat(uid).matches("[0-9]+").isNotEqualTo("0");
        assertThat(instructions).anyMatch(line -> line.startsWith("ENV JAVA_TOOL_OPTIONS") && line.contains("-XX:MaxRAMPercentage="));
    }

    private int lastIndexStartingWith(String prefix) {
        for (int i = instructions.size() - 1; i >= 0; i--) {
            if (instructions.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
