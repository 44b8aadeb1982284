package no.virksomhetsplan.dev;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Where things are. The repository root is the working directory (dev/run changes into it) or
 * VP_HOME; the data folder is {@code <repo>/.data} or VP_DATA_DIR. VP_ONLY_INFRA=1 starts only
 * PostgreSQL, Kafka and Keycloak, for running a service from the IDE. VP_JVM_OPTIONS adds JVM options to every
 * service and the gateway, after the launcher's own (e.g. {@code -XX:TieredStopAtLevel=4} for the full JIT, as in
 * production, when measuring; docs/benchmarks.md).
 */
record LauncherConfig(Path home, Path dataDir, boolean onlyInfra, String keycloakVersion, Path java, List<String> jvmOptions) {

    /** The services in start order, with the ports the gateway routes to. */
    static final List<ServiceSpec> SERVICES = List.of(
            new ServiceSpec("plans-service", 8081, "services/plans-service/target/plans-service.jar"),
            new ServiceSpec("assignments-service", 8082, "services/assignments-service/target/assignments-service.jar"),
            new ServiceSpec("checklists-service", 8083, "services/checklists-service/target/checklists-service.jar"),
            new ServiceSpec("indicators-service", 8084, "services/indicators-service/target/indicators-service.jar"),
            new ServiceSpec("reporting-service", 8085, "services/reporting-service/target/reporting-service.jar"));

    /**
     * One event loop instead of Reactor Netty's four: here the gateway shares two cores with everything else, and one
     * loop serves each request (and its call to the service) on one thread with fewer wake-ups (ADR 0039).
     */
    static final ServiceSpec GATEWAY = new ServiceSpec("gateway", 8080, "gateway/target/gateway.jar",
            List.of("-Dreactor.netty.ioWorkerCount=1"));

    /** Every process the launcher runs from a jar of this repository: the services, then the gateway. */
    static final List<ServiceSpec> SERVICES_AND_GATEWAY = Stream.concat(SERVICES.stream(), Stream.of(GATEWAY)).toList();

    static final String GATEWAY_URL = "http://localhost:8080";

    /** A service the launcher runs; its own JVM options come after the launcher's and before VP_JVM_OPTIONS. */
    record ServiceSpec(String name, int port, String jar, List<String> jvmOptions) {

        ServiceSpec(String name, int port, String jar) {
            this(name, port, jar, List.of());
        }
    }

    static LauncherConfig fromEnvironment(Map<String, String> env) {
        Path cwd = Path.of("").toAbsolutePath();
        Path home = nonBlank(env.get("VP_HOME")) ? cwd.resolve(env.get("VP_HOME")).normalize() : cwd;
        if (!Files.isDirectory(home.resolve("dev/launcher"))) {
            throw new IllegalArgumentException("Run the launcher from the repository root (dev/run does this), "
                    + "or set VP_HOME to it. Not a repository root: " + home);
        }
        Path dataDir = nonBlank(env.get("VP_DATA_DIR"))
                ? cwd.resolve(env.get("VP_DATA_DIR")).normalize()
                : home.resolve(".data");
        boolean onlyInfra = isTrue(env.get("VP_ONLY_INFRA"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> jvmOptions = nonBlank(env.get("VP_JVM_OPTIONS")) ? List.of(env.get("VP_JVM_OPTIONS").trim().split("\\s+")) : List.of();
        return new LauncherConfig(home, dataDir, onlyInfra, buildProperty("keycloak.version"), java, jvmOptions);
    }

    Path logDir() {
        return dataDir.resolve("logs");
    }

    Path logFile(String name) {
        return logDir().resolve(name + ".log");
    }

    /** Pid files of the child processes, so a launcher that was killed hard can clean up next time. */
    Path runDir() {
        return dataDir.resolve("run");
    }

    Path readyFile() {
        return dataDir.resolve("ready");
    }

    Path launcherTarget() {
        return home.resolve("dev/launcher/target");
    }

    static boolean isTrue(String value) {
        return value != null && List.of("1", "true", "yes").contains(value.trim().toLowerCase());
    }

    private static boolean nonBlank(String value) {
        return value != null && !value.isBlank();
    }

    /** Values that Maven filters into launcher.properties at build time. */
    private static String buildProperty(String key) {
        try (InputStream in = LauncherConfig.class.getResourceAsStream("/launcher.properties")) {
            if (in == null) {
                throw new IllegalStateException("launcher.properties missing from the classpath: rebuild the launcher");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
