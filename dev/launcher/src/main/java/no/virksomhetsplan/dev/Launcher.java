package no.virksomhetsplan.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * Runs the whole system on one machine without Docker: Keycloak from the start alongside PostgreSQL, Kafka, then
 * the services and the gateway (together); loads the demo municipalities; prints where everything is.
 * Ctrl-C (or SIGTERM) stops it all again, in reverse order.
 */
public final class Launcher {

    private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(180);

    private final LauncherConfig config;
    private final Console console;
    private final long startNanos = System.nanoTime();

    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final KeycloakServer keycloak;
    private final List<ServiceProcess> services;
    private final ServiceProcess gateway;
    private final ControlChannel control;

    /** Guards the start/stop race: nothing new starts once stopping has begun. */
    private final Object lifecycle = new Object();
    private volatile boolean stopping;
    private boolean stopped;

    Launcher(LauncherConfig config, Console console) {
        this.config = config;
        this.console = console;
        this.postgres = new PostgresServer(config.dataDir(), config.logFile("postgres"));
        this.kafka = new KafkaBroker(config);
        this.keycloak = new KeycloakServer(config);
        this.services = config.onlyInfra() ? List.of()
                : LauncherConfig.SERVICES.stream().map(spec -> new ServiceProcess(config, spec)).toList();
        this.gateway = config.onlyInfra() ? null : new ServiceProcess(config, LauncherConfig.GATEWAY);
        this.control = new ControlChannel(ControlChannel.directory(config), console, this::control);
    }

    public static void main(String[] args) {
        Console console = new Console();
        if (args.length > 0) {
            boolean help = List.of("-h", "--help").contains(args[0]);
            console.info((help ? "" : "Unknown argument: " + args[0] + "\n\n") + """
                    Usage: dev/run [--rebuild]
                    Starts PostgreSQL, Kafka, Keycloak, the services and the gateway; Ctrl-C stops them.
                    Environment: VP_DATA_DIR (default .data), VP_HOME (default: the working directory),
                                 VP_ONLY_INFRA=1 (PostgreSQL, Kafka and Keycloak only). See dev/README.md.""");
            System.exit(help ? 0 : 2);
        }
        LauncherConfig config;
        try {
            config = LauncherConfig.fromEnvironment(System.getenv());
        } catch (RuntimeException e) {
            console.error(e.getMessage());
            System.exit(2);
            return;
        }
        int exitCode = new Launcher(config, console).run();
        System.exit(exitCode);
    }

    /** Starts everything and then blocks until a signal stops it; returns only on a failed start. */
    int run() {
        List<RealmFile> realms;
        try {
            realms = preflight();
        } catch (StartupException e) {
            console.error(e.getMessage());
            return 1;
        }
        installStopHandlers();
        try {
            startEverything(realms);
        } catch (RuntimeException e) {
            if (stopping) {
                awaitExit(); // a signal arrived during the start; its handler stops and exits
            }
            console.error(e instanceof StartupException ? e.getMessage() : "the start failed: " + e);
            stopAll();
            return 1;
        }
        warnWhenSomethingDies();
        control.open();
        awaitExit();
        return 0;
    }

    // ------------------------------------------------------------------------------------------
    // Before anything starts: fail early with a clear message rather than half-way through.

    private List<RealmFile> preflight() {
        List<ServiceProcess> all = new ArrayList<>(services);
        if (gateway != null) {
            all.add(gateway);
        }
        List<String> missing = all.stream().filter(service -> !service.jarExists())
                .map(service -> config.home().relativize(service.jar()).toString()).toList();
        if (!missing.isEmpty()) {
            throw new StartupException("not built yet: " + String.join(", ", missing)
                    + "\nBuild everything and start with: dev/run --rebuild");
        }
        if (!keycloak.imageBuilt()) {
            throw new StartupException("Keycloak's server image is not built yet (dev/launcher/target/keycloak)."
                    + "\nBuild everything and start with: dev/run --rebuild");
        }
        List<RealmFile> realms = keycloak.realmFiles().stream().map(RealmFile::read).toList();
        if (realms.isEmpty()) {
            throw new StartupException("no realm files in " + config.home().resolve("dev/keycloak"));
        }
        try {
            Files.createDirectories(config.logDir());
            Files.deleteIfExists(config.readyFile());
        } catch (IOException e) {
            throw new StartupException("cannot write to the data folder " + config.dataDir() + ": " + e.getMessage(), e);
        }
        StaleProcesses.stopLeftovers(config.runDir(), console);
        checkPortsAreFree();
        return realms;
    }

    private void checkPortsAreFree() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(KafkaBroker.PORT, "Kafka");
        ports.put(KafkaBroker.CONTROLLER_PORT, "Kafka controller");
        ports.put(KeycloakServer.PORT, "Keycloak");
        services.forEach(service -> ports.put(service.port(), service.name()));
        if (gateway != null) {
            ports.put(gateway.port(), gateway.name());
        }
        if (HealthWait.tcpOpen("127.0.0.1", PostgresServer.PORT)) {
            if (!postgres.leftoverRunning()) {
                throw portInUse(PostgresServer.PORT, "PostgreSQL");
            }
            // pg_ctl detaches the server, so it survives a launcher killed with -9. zonky's start
            // then finds it ready on our data directory, and its stop shuts it down as usual.
            console.warn("PostgreSQL from an earlier launcher still runs on " + config.dataDir().resolve("postgres")
                    + "; taking it over");
        }
        ports.forEach((port, what) -> {
            if (HealthWait.tcpOpen("127.0.0.1", port)) {
                throw portInUse(port, what);
            }
        });
    }

    private static StartupException portInUse(int port, String what) {
        return new StartupException("port " + port + " (" + what + ") is already in use. Is the system already "
                + "running in another terminal? To see what holds the port: ss -ltnp 'sport = :" + port + "'");
    }

    // ------------------------------------------------------------------------------------------
    // Start, in dependency order.

    private void startEverything(List<RealmFile> realms) {
        console.totalSteps(config.onlyInfra() ? 3 : 4 + services.size());
        console.info("Starting Virksomhetsplan (data: " + config.dataDir() + ", logs: " + config.logDir() + ")");

        // Keycloak needs neither PostgreSQL nor Kafka (its own H2 database), and nothing else needs it before the
        // demo data (the services fetch its keys with the first token): it is the longest step, so it starts first
        // and runs alongside the rest (ADR 0035).
        proceed();
        Console.Step keycloakStep = console.beginQuietly("Keycloak");
        console.detail("starting Keycloak in the background");
        CompletableFuture<Void> keycloakReady = inBackground("keycloak-start",
                () -> keycloak.start(keycloakStep, realms.stream().map(RealmFile::realm).toList()));

        proceed();
        Console.Step step = console.begin("PostgreSQL");
        boolean firstStart = postgres.firstStart();
        List<String> created = postgres.start();
        if (firstStart) {
            step.ready("new data directory, databases " + String.join(", ", created));
        } else if (!created.isEmpty()) {
            step.ready("created databases " + String.join(", ", created));
        } else {
            step.ready();
        }

        proceed();
        step = console.begin("Kafka");
        kafka.start(step);

        if (config.onlyInfra()) {
            await(keycloakReady);
            console.box(ReadyBox.infrastructure(config, System.nanoTime() - startNanos));
            return;
        }
        // The gateway needs nothing from the services to start, so it starts with them: its start fills the moments
        // the services wait for PostgreSQL and Kafka.
        proceed();
        List<ServiceProcess> backendsAndGateway = new ArrayList<>(services);
        backendsAndGateway.add(gateway);
        ServiceProcess.startInParallel(backendsAndGateway, console, SERVICE_TIMEOUT, keycloakFailure(keycloakReady));
        await(keycloakReady);

        proceed();
        long demoStart = System.nanoTime();
        DemoLoad.loadAll(realms, config.home().resolve("dev/demo"), console);
        console.detail("demo data loaded in " + Console.seconds(System.nanoTime() - demoStart));
        proceed();
        try {
            Files.writeString(config.readyFile(), LauncherConfig.GATEWAY_URL + "\n");
        } catch (IOException e) {
            throw new StartupException("could not write " + config.readyFile() + ": " + e.getMessage(), e);
        }
        console.box(ReadyBox.system(config, realms, System.nanoTime() - startNanos));
    }

    /** Runs a start step on its own (daemon) thread; its failure comes back through the future. */
    private static CompletableFuture<Void> inBackground(String name, Runnable work) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                work.run();
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return done;
    }

    /** While the services start: Keycloak's failure, as soon as it has failed, so the start ends without waiting for them. */
    private static Supplier<RuntimeException> keycloakFailure(CompletableFuture<Void> keycloakReady) {
        return () -> keycloakReady.isCompletedExceptionally() ? failureOf(keycloakReady) : null;
    }

    /** Waits for a background step; its failure is thrown here, as if the step had run on this thread. */
    private static void await(CompletableFuture<Void> background) {
        try {
            background.join();
        } catch (CompletionException e) {
            throw unwrap(e.getCause());
        }
    }

    private static RuntimeException failureOf(CompletableFuture<Void> failed) {
        try {
            failed.join();
            return null;
        } catch (CompletionException e) {
            return unwrap(e.getCause());
        }
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new StartupException(String.valueOf(cause), cause);
    }

    /** Between steps: once a stop has begun, nothing new may start. */
    private void proceed() {
        synchronized (lifecycle) {
            if (stopping) {
                throw new StartupException("stopping");
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // Stop, in reverse order.

    /**
     * Ctrl-C and SIGTERM are handled here rather than only in a shutdown hook: the JVM runs shutdown
     * hooks in parallel, and zonky registers its own that would stop PostgreSQL while the services
     * still use it. The handler stops everything in order first, then exits; the hook stays as the
     * fallback for any other way the JVM ends (SIGHUP, System.exit).
     */
    private void installStopHandlers() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "launcher-stop"));
        StopSignals.onInterruptOrTerminate(() -> {
            stopAll();
            System.exit(0);
        });
    }

    void stopAll() {
        synchronized (lifecycle) {
            stopping = true;
            if (stopped) {
                return;
            }
            stopped = true;
            control.close();
            console.info("");
            console.info("Stopping ...");
            List<ServiceProcess> front = gateway == null ? List.of() : List.of(gateway);
            stopInParallel(front);
            stopInParallel(services);
            stopQuietly("Keycloak", keycloak::stop);
            stopQuietly("Kafka", kafka::stop);
            stopQuietly("PostgreSQL", postgres::stop);
            try {
                Files.deleteIfExists(config.readyFile());
            } catch (IOException e) {
                console.warn("could not delete " + config.readyFile());
            }
            console.info("stopped");
        }
    }

    private void stopInParallel(List<ServiceProcess> toStop) {
        List<Thread> threads = toStop.stream()
                .map(service -> new Thread(() -> stopQuietly(service.name(), service::stop), "stop-" + service.name()))
                .toList();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void stopQuietly(String name, Runnable stop) {
        try {
            stop.run();
        } catch (RuntimeException e) {
            console.warn("stopping " + name + ": " + e.getMessage());
        }
    }

    /** A service that dies while the system runs is worth a line; the rest keeps running. */
    private void warnWhenSomethingDies() {
        List<ManagedProcess> processes = new ArrayList<>();
        processes.add(kafka.process());
        processes.add(keycloak.process());
        services.forEach(service -> processes.add(service.process()));
        if (gateway != null) {
            processes.add(gateway.process());
        }
        for (ManagedProcess process : processes) {
            process.whenExitedUnexpectedly(exitCode -> {
                if (!stopping) {
                    console.warn(process.name() + " stopped unexpectedly (exit code " + exitCode
                            + "); see " + process.logFile());
                }
            });
        }
    }

    // ------------------------------------------------------------------------------------------
    // dev/ctl: faults on purpose, undone with the same start code (ControlChannel, ADR 0024).

    private static final Duration RESTART_TIMEOUT = Duration.ofSeconds(180);

    /** Carries out one dev/ctl command; never while stopping, and the stop waits until it is done. */
    String control(ControlChannel.Command command) {
        synchronized (lifecycle) {
            if (stopping) {
                throw new StartupException("the launcher is stopping");
            }
            long start = System.nanoTime();
            String done = switch (command.verb() + " " + command.target()) {
                case "status " -> status();
                case "stop kafka" -> {
                    kafka.stopForRestart();
                    yield "Kafka stopped";
                }
                case "start kafka" -> {
                    kafka.start(console.control("Kafka"));
                    yield "Kafka ready";
                }
                case "stop postgres" -> {
                    postgres.stopForRestart();
                    yield "PostgreSQL stopped";
                }
                case "start postgres" -> {
                    startPostgres();
                    yield "PostgreSQL ready";
                }
                case "restart postgres" -> {
                    postgres.stopForRestart();
                    startPostgres();
                    yield "PostgreSQL restarted";
                }
                default -> {
                    ServiceProcess service = service(command.target());
                    if (command.verb().equals("kill")) {
                        service.process().kill();
                        yield service.name() + " killed (SIGKILL)";
                    }
                    service.startAgain(console.control(service.name()), RESTART_TIMEOUT);
                    yield service.name() + " ready";
                }
            };
            return command.verb().equals("status") ? done : done + " in " + Console.seconds(System.nanoTime() - start);
        }
    }

    private void startPostgres() {
        Console.Step step = console.control("PostgreSQL");
        postgres.start();
        step.ready();
    }

    private ServiceProcess service(String name) {
        List<ServiceProcess> all = new ArrayList<>(services);
        if (gateway != null) {
            all.add(gateway);
        }
        return all.stream().filter(service -> service.name().equals(name)).findFirst()
                .orElseThrow(() -> new StartupException(name + " is not started by this launcher"));
    }

    private String status() {
        List<String> lines = new ArrayList<>();
        lines.add("postgres " + (postgres.running() ? "running" : "stopped"));
        lines.add("kafka " + (kafka.process().isAlive() ? "running" : "stopped"));
        lines.add("keycloak " + (keycloak.process().isAlive() ? "running" : "stopped"));
        services.forEach(service -> lines.add(service.name() + " " + (service.process().isAlive() ? "running" : "stopped")));
        if (gateway != null) {
            lines.add(gateway.name() + " " + (gateway.process().isAlive() ? "running" : "stopped"));
        }
        return String.join("\n", lines);
    }

    private static void awaitExit() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
