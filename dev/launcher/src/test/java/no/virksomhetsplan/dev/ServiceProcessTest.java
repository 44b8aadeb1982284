package no.virksomhetsplan.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceProcessTest {

    private final Path jar = Path.of("gateway/target/gateway/gateway.jar");

    @Test
    void theGatewayRunsOneEventLoopUnlessVpJvmOptionsSayOtherwise() {
        List<String> plain = ServiceProcess.command(config(List.of()), LauncherConfig.GATEWAY, jar);
        assertThat(plain).contains("-Dreactor.netty.ioWorkerCount=1").endsWith("-jar", jar.toString());

        List<String> overridden = ServiceProcess.command(config(List.of("-Dreactor.netty.ioWorkerCount=2")), LauncherConfig.GATEWAY, jar);
        // The JVM takes the last occurrence of a system property.
        assertThat(overridden.lastIndexOf("-Dreactor.netty.ioWorkerCount=2"))
                .isGreaterThan(overridden.indexOf("-Dreactor.netty.ioWorkerCount=1"));
    }

    @Test
    void aServiceHasOnlyTheLaunchersOptionsAndVpJvmOptions() {
        List<String> command = ServiceProcess.command(config(List.of("-XX:TieredStopAtLevel=4")), LauncherConfig.SERVICES.get(0), jar);
        assertThat(command).noneMatch(option -> option.startsWith("-Dreactor.netty"))
                .containsSubsequence("-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=4", "-jar");
    }

    private static LauncherConfig config(List<String> jvmOptions) {
        return new LauncherConfig(Path.of("."), Path.of(".data"), false, "26.5.6", Path.of("java"), jvmOptions);
    }
}
