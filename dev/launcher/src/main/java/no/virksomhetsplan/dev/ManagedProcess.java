package no.virksomhetsplan.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;

/**
 * One child OS process (Kafka, Keycloak, a service) with its output in its own log file.
 *
 * <p>Children start in their own session (via {@code setsid} where it exists), so Ctrl-C in the
 * terminal reaches only the launcher, which then stops everything in order: services before
 * Kafka and PostgreSQL, so nothing shuts down under a service that is still running.
 *
 * <p>Each child leaves a pid file (pid and start time) while it runs; {@link StaleProcesses} uses
 * them to clean up after a launcher that was killed without a chance to stop its children.
 */
final class ManagedProcess {

    private static final boolean SETSID = Files.isExecutable(Path.of("/usr/bin/setsid"))
            || Files.isExecutable(Path.of("/bin/setsid"));

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path workDir;
    private final Path logFile;
    private final Path pidFile;
    private Process process;
    private boolean stopRequested;
    /**
     * Whether the current run was ended on purpose (dev/ctl): its exit is then no surprise. One flag per run, because
     * a run's exit may be noticed only after the next run has started and been ended on purpose too.
     */
    private AtomicBoolean endedOnPurpose = new AtomicBoolean();
    private IntConsumer unexpectedExit;

    ManagedProcess(String name, List<String> command, Map<String, String> environment,
                   Path workDir, Path logFile, Path runDir) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.workDir = workDir;
        this.logFile = logFile;
        this.pidFile = runDir.resolve(name + ".pid");
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }

    /**
     * Starts the process; its log file is truncated, so each log holds the latest run only. Once the process has
     * ended (stopped or killed through dev/ctl), it can be started again with the same command.
     */
    synchronized void start() {
        if (stopRequested) {
            throw new StartupException("stopping: " + name + " not started");
        }
        if (process != null && process.isAlive()) {
            throw new StartupException(name + " is already running (pid " + process.pid() + ")");
        }
        List<String> fullCommand = new ArrayList<>();
        if (SETSID) {
            fullCommand.add("setsid");
        }
        fullCommand.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(fullCommand)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(logFile.getParent());
            Files.createDirectories(pidFile.getParent());
            process = builder.start();
            endedOnPurpose = new AtomicBoolean();
            long startMillis = process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
            Files.writeString(pidFile, process.pid() + " " + startMillis + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StartupException("could not start " + name + ": " + e.getMessage(), e);
        }
        watch(process, endedOnPurpose);
    }

    /** Calls {@code listener} with the exit code whenever the process ends without being asked to, now and after restarts. */
    synchronized void whenExitedUnexpectedly(IntConsumer listener) {
        unexpectedExit = listener;
        if (process != null) {
            watch(process, endedOnPurpose);
        }
    }

    private void watch(Process started, AtomicBoolean startedRunEndedOnPurpose) {
        IntConsumer listener = unexpectedExit;
        if (listener == null) {
            return;
        }
        started.onExit().thenAccept(exited -> {
            boolean expected;
            synchronized (this) {
                expected = stopRequested || startedRunEndedOnPurpose.get();
            }
            if (!expected) {
                listener.accept(exited.exitValue());
            }
        });
    }

    /**
     * Kills the process with SIGKILL, as a crash or the OOM killer would: no shutdown hooks, no goodbye to Kafka or
     * PostgreSQL. It can be started again with {@link #start()}.
     */
    void kill() {
        Process toKill;
        synchronized (this) {
            toKill = process;
            if (toKill == null || !toKill.isAlive()) {
                throw new StartupException(name + " is not running");
            }
            endedOnPurpose.set(true);
        }
        toKill.toHandle().destroyForcibly();
        try {
            toKill.onExit().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new StartupException(name + " (pid " + toKill.pid() + ") did not die within 10 s of SIGKILL", e);
        }
        deletePidFile();
    }

    /** Stops the process like {@link #stop} (SIGTERM, then SIGKILL after the grace) but so that it may start again. */
    void stopForRestart(Duration grace, boolean signalDescendants) {
        Process toStop;
        synchronized (this) {
            toStop = process;
            if (toStop == null || !toStop.isAlive()) {
                throw new StartupException(name + " is not running");
            }
            endedOnPurpose.set(true);
        }
        stopTree(toStop.toHandle(), grace, signalDescendants);
        deletePidFile();
    }

    private void deletePidFile() {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True once {@link #stop} was called: an exit after that is no failure. */
    synchronized boolean stopRequested() {
        return stopRequested;
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The exit code, or -1 while running or before start. */
    synchronized int exitCode() {
        return process == null || process.isAlive() ? -1 : process.exitValue();
    }

    synchronized Process process() {
        return process;
    }

    /**
     * Sends SIGTERM, waits up to {@code grace}, then kills what is left. With
     * {@code signalDescendants} the children of the process get SIGTERM too (a JVM has none; a
     * shell script forwards the signal itself, so they are only killed if they outlive the grace).
     */
    void stop(Duration grace, boolean signalDescendants) {
        Process toStop;
        synchronized (this) {
            stopRequested = true;
            toStop = process;
        }
        if (toStop != null) {
            stopTree(toStop.toHandle(), grace, signalDescendants);
        }
        deletePidFile();
    }

    /** Also used for leftovers of an earlier run, which are not our children any more. */
    static void stopTree(ProcessHandle root, Duration grace, boolean signalDescendants) {
        // Collect the descendants first: once the parent is gone, they are re-parented and lost.
        List<ProcessHandle> descendants = root.descendants().toList();
        root.destroy();
        if (signalDescendants) {
            descendants.forEach(ProcessHandle::destroy);
        }
        long deadline = System.nanoTime() + grace.toNanos();
        List<ProcessHandle> all = new ArrayList<>(descendants);
        all.add(0, root);
        for (ProcessHandle handle : all) {
            long left = deadline - System.nanoTime();
            try {
                if (left > 0) {
                    handle.onExit().get(left, TimeUnit.NANOSECONDS);
                }
            } catch (Exception timeoutOrInterrupt) {
                // handled below: whatever is still alive gets killed
            }
        }
        for (ProcessHandle handle : all) {
            if (handle.isAlive()) {
                handle.destroyForcibly();
            }
        }
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                // nothing more to do than what destroyForcibly (SIGKILL) did
            }
        }
    }
}
