package no.virksomhetsplan.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A service or the gateway: a Spring Boot fat jar, run extracted ({@link ExtractedJar}), in its own JVM. Only
 * SERVER_PORT is set; every other default (database, Kafka, Keycloak) in the services' application.yml already points
 * at what the launcher starts.
 */
final class ServiceProcess {

    private final LauncherConfig.ServiceSpec spec;
    private final Path jar;
    private final ExtractedJar extracted;
    private final Path java;
    private final ManagedProcess process;
    private volatile int lastStatus = -1;

    ServiceProcess(LauncherConfig config, LauncherConfig.ServiceSpec spec) {
        this.spec = spec;
        this.jar = config.home().resolve(spec.jar());
        this.extracted = new ExtractedJar(jar);
        this.java = config.java();
        this.process = new ManagedProcess(spec.name(), command(config, spec, extracted.runnable()),
                Map.of("SERVER_PORT", String.valueOf(spec.port())),
                // Not the repository: whatever a service writes relative to its working directory
                // lands in the data folder.
                config.dataDir(), config.logFile(spec.name()), config.runDir());
    }

    /** The java command line: the launcher's options, the service's own, then VP_JVM_OPTIONS (the last occurrence wins). */
    static List<String> command(LauncherConfig config, LauncherConfig.ServiceSpec spec, Path runnableJar) {
        List<String> command = new ArrayList<>(List.of(config.java().toString(),
                // Small heaps, C1 only and the serial collector: six JVMs share two cores with Keycloak while they
                // start, and need less CPU this way (ADR 0035). Another collector needs -XX:-UseSerialGC first.
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(spec.jvmOptions());
        command.addAll(config.jvmOptions());
        command.addAll(List.of("-jar", runnableJar.toString()));
        return command;
    }

    String name() {
        return spec.name();
    }

    int port() {
        return spec.port();
    }

    Path jar() {
        return jar;
    }

    boolean jarExists() {
        return Files.isRegularFile(jar);
    }

    ManagedProcess process() {
        return process;
    }

    void stop() {
        process.stop(Duration.ofSeconds(10), true);
    }

    /** Starts this service again (dev/ctl start), with the same command, and waits until it is ready. */
    void startAgain(Console.Step step, Duration timeout) {
        extractIfChanged();
        process.start();
        HealthWait.await(step, process, timeout, Duration.ofSeconds(20), "", this::ready);
        step.ready();
    }

    /** The build extracts the fat jar; a jar rebuilt since, e.g. one service on its own, is extracted again here. */
    private void extractIfChanged() {
        try {
            extracted.extractIfChanged(java);
        } catch (IOException e) {
            throw new StartupException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("interrupted while extracting " + jar, e);
        }
    }

    private boolean ready() {
        lastStatus = HealthWait.httpStatus("http://127.0.0.1:" + spec.port() + "/actuator/health/readiness");
        return lastStatus == 200;
    }

    private String readinessHint() {
        String url = "http://127.0.0.1:" + spec.port() + "/actuator/health/readiness";
        return switch (lastStatus) {
            case -1 -> " Nothing answered on port " + spec.port() + ".";
            case 404 -> " " + url + " answered 404: the service needs management.endpoint.health.probes.enabled=true.";
            case 401, 403 -> " " + url + " answered " + lastStatus + ": it must be reachable without a token.";
            default -> " " + url + " answered " + lastStatus + ".";
        };
    }

    /**
     * Starts the given services together (they spend most of their start waiting for the CPU
     * anyway) and reports each one as it becomes ready. Fails when one exits, or when one is not
     * ready after {@code timeout}, or as soon as {@code elsewhere} reports a failure of something started alongside
     * them (null while there is none).
     */
    static void startInParallel(List<ServiceProcess> services, Console console, Duration timeout,
                                Supplier<RuntimeException> elsewhere) {
        List<Console.Step> steps = new ArrayList<>();
        if (services.size() == 1) {
            steps.add(console.begin(services.get(0).name()));
        } else {
            services.forEach(service -> steps.add(console.beginQuietly(service.name())));
            console.detail("starting " + services.stream().map(ServiceProcess::name).collect(Collectors.joining(", "))
                    + " in parallel");
        }
        services.forEach(ServiceProcess::extractIfChanged);
        services.forEach(service -> service.process.start());

        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            pending.add(i);
        }
        long start = System.nanoTime();
        long nextProgress = start + Duration.ofSeconds(20).toNanos();
        while (!pending.isEmpty()) {
            RuntimeException failedElsewhere = elsewhere.get();
            if (failedElsewhere != null) {
                throw failedElsewhere;
            }
            for (Integer index : List.copyOf(pending)) {
                ServiceProcess service = services.get(index);
                if (service.process.stopRequested()) {
                    throw new StartupException("stopping");
                }
                if (service.ready()) {
                    steps.get(index).ready();
                    pending.remove(index);
                } else if (!service.process.isAlive()) {
                    steps.get(index).failed();
                    throw new StartupException(HealthWait.exitedMessage(service.name(), service.process));
                }
            }
            if (pending.isEmpty()) {
                break;
            }
            long now = System.nanoTime();
            if (now - start > timeout.toNanos()) {
                ServiceProcess first = services.get(pending.get(0));
                String names = pending.stream().map(i -> services.get(i).name()).collect(Collectors.joining(", "));
                pending.forEach(i -> steps.get(i).failed());
                throw new StartupException(names + " not ready after " + timeout.toSeconds() + " s."
                        + first.readinessHint() + HealthWait.logHint(first.process.logFile()));
            }
            if (now >= nextProgress) {
                long seconds = (now - start) / 1_000_000_000L;
                if (services.size() == 1) {
                    steps.get(0).progress("still starting, " + seconds + " s");
                } else {
                    console.detail("waiting for " + pending.stream().map(i -> services.get(i).name())
                            .collect(Collectors.joining(", ")) + " (" + seconds + " s)");
                }
                nextProgress += Duration.ofSeconds(20).toNanos();
            }
            HealthWait.sleep(HealthWait.POLL_INTERVAL);
        }
    }
}
