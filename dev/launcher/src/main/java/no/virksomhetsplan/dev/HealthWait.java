package no.virksomhetsplan.dev;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/** Polling for readiness: TCP ports, HTTP status codes, and what to tell the user when it fails. */
final class HealthWait {

    static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private HealthWait() {
    }

    static boolean tcpOpen(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The status code of a GET, or -1 when nothing answers. */
    static int httpStatus(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * Polls {@code ready} until it holds. Fails at once if the process exits, and after
     * {@code timeout} otherwise, naming the log file. Every {@code progressEvery} it prints how long
     * it has waited, so a slow start does not look like a hang.
     */
    static void await(Console.Step step, ManagedProcess process, Duration timeout, Duration progressEvery,
                      String progressNote, BooleanSupplier ready) {
        long start = System.nanoTime();
        long nextProgress = start + progressEvery.toNanos();
        while (!ready.getAsBoolean()) {
            if (process.stopRequested()) {
                throw new StartupException("stopping");
            }
            if (!process.isAlive()) {
                step.failed();
                throw new StartupException(exitedMessage(step.label(), process));
            }
            long now = System.nanoTime();
            if (now - start > timeout.toNanos()) {
                step.failed();
                throw new StartupException(step.label() + " was not ready after " + timeout.toSeconds() + " s."
                        + logHint(process.logFile()));
            }
            if (now >= nextProgress) {
                // The note (why this takes long) once; after that the seconds are enough.
                boolean first = now - start < progressEvery.toNanos() * 2;
                step.progress("still starting, " + step.elapsedSeconds() + " s" + (first ? progressNote : ""));
                nextProgress += progressEvery.toNanos();
            }
            sleep(POLL_INTERVAL);
        }
    }

    static String exitedMessage(String label, ManagedProcess process) {
        return label + " exited with code " + process.exitCode() + " before it was ready." + logHint(process.logFile());
    }

    /** " See <log>; its last lines:" plus the tail of the log, indented. */
    static String logHint(Path logFile) {
        String tail = tail(logFile, 15);
        return " See " + logFile + (tail.isEmpty() ? "" : "; its last lines:\n" + tail);
    }

    static String tail(Path file, int lines) {
        try {
            if (!Files.exists(file)) {
                return "";
            }
            List<String> all = Arrays.asList(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\\R"));
            return all.subList(Math.max(0, all.size() - lines), all.size()).stream()
                    .map(line -> "    " + line)
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "";
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("interrupted");
        }
    }
}
