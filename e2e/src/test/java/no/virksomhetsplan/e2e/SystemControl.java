package no.virksomhetsplan.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Faults on purpose through the launcher's control surface, {@code dev/ctl} (ADR 0024): the launcher that started
 * the system stops and starts Kafka, restarts PostgreSQL, kills a service with SIGKILL and starts it again with its
 * own start code. Only for the fault tests, which run against a system dev/run started on this machine.
 */
final class SystemControl {

    private static final Path CTL = Path.of(System.getProperty("e2e.ctl", "../dev/ctl")).toAbsolutePath().normalize();

    private SystemControl() {
    }

    /** Runs {@code dev/ctl <args>} and returns its output; fails the test when the launcher reports an error. */
    static String ctl(String... args) {
        List<String> command = new ArrayList<>(List.of(CTL.toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("dev/ctl " + String.join(" ", args) + " did not finish in 300 s");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (process.exitValue() != 0) {
                throw new IllegalStateException("dev/ctl " + String.join(" ", args) + " failed: " + output);
            }
            System.out.println("dev/ctl " + String.join(" ", args) + ": " + output);
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The parts named in {@code dev/ctl status} that do not run: empty when everything is up. */
    static List<String> notRunning() {
        return ctl("status").lines().filter(line -> line.contains("stopped")).toList();
    }
}
