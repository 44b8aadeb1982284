package no.virksomhetsplan.dev;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The launcher's control surface for fault tests and operators (dev/ctl): stop and start Kafka, restart
 * PostgreSQL, kill a service with SIGKILL and start it again, always with the launcher's own start code and
 * configuration. A request is a file {@code <id>.request} in {@code <data>/control/} holding one command line; the
 * launcher carries the commands out one at a time and answers in {@code <id>.reply}: a first line {@code ok} or
 * {@code error}, then what happened. A request must appear whole: written under another name and then moved in, as
 * dev/ctl does. Files, not a port: nothing new listens, and only who may write the data
 * folder can control the system.
 */
final class ControlChannel {

    static final Duration POLL = Duration.ofMillis(200);

    static final String USAGE = """
            kafka stop|start            stop the broker (controlled shutdown) / start it again and wait until it serves
            postgres stop|start|restart fast shutdown of PostgreSQL (sessions are cut) / start again, wait until it accepts
            kill <service>              SIGKILL a service or the gateway (no shutdown hooks), as a crash would
            start <service>             start a killed service again with the same command and wait until it is ready
            status                      what runs""";

    /** One command: a verb and what it applies to. */
    record Command(String verb, String target) {

        static final List<String> SERVICES = LauncherConfig.SERVICES_AND_GATEWAY.stream().map(LauncherConfig.ServiceSpec::name).toList();

        /** Parses one request line; the message of the exception is meant for the user. */
        static Command parse(String line) {
            String[] words = line.trim().toLowerCase(Locale.ROOT).split("\\s+");
            if (words.length == 1 && words[0].equals("status")) {
                return new Command("status", "");
            }
            if (words.length == 2) {
                String first = words[0];
                String second = words[1];
                if (first.equals("kafka") && List.of("stop", "start").contains(second)) {
                    return new Command(second, "kafka");
                }
                if (first.equals("postgres") && List.of("stop", "start", "restart").contains(second)) {
                    return new Command(second, "postgres");
                }
                if (List.of("kill", "start").contains(first)) {
                    if (!SERVICES.contains(second)) {
                        throw new IllegalArgumentException("unknown service '" + second + "'; one of " + String.join(", ", SERVICES));
                    }
                    return new Command(first, second);
                }
            }
            throw new IllegalArgumentException("unknown command '" + line.trim() + "'. Commands:\n" + USAGE);
        }

        @Override
        public String toString() {
            return target.isEmpty() ? verb : target.equals("kafka") || target.equals("postgres") ? target + " " + verb : verb + " " + target;
        }
    }

    private final Path directory;
    private final Console console;
    private final Function<Command, String> executor;
    private volatile boolean closed;

    /** @param executor carries a command out; returns what happened or throws with the reason */
    ControlChannel(Path directory, Console console, Function<Command, String> executor) {
        this.directory = directory;
        this.console = console;
        this.executor = executor;
    }

    static Path directory(LauncherConfig config) {
        return config.dataDir().resolve("control");
    }

    /** Clears old requests (of an earlier run) and starts watching. */
    void open() {
        try {
            Files.createDirectories(directory);
            try (DirectoryStream<Path> old = Files.newDirectoryStream(directory)) {
                for (Path file : old) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            console.warn("dev/ctl will not work: cannot use " + directory + ": " + e.getMessage());
            return;
        }
        Thread watcher = new Thread(this::watch, "control-channel");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Stops watching and removes the folder, so dev/ctl tells at once that no launcher is running. */
    void close() {
        closed = true;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            // not there, or a request arrived meanwhile: dev/ctl then reports that nobody picked it up
        }
    }

    private void watch() {
        while (!closed) {
            for (Path request : pendingRequests()) {
                handle(request);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private List<Path> pendingRequests() {
        List<Path> requests = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.request")) {
            files.forEach(requests::add);
        } catch (IOException e) {
            // the folder was deleted under us; nothing to do until it is back
        }
        requests.sort(null);
        return requests;
    }

    private void handle(Path request) {
        String id = request.getFileName().toString().replaceFirst("\\.request$", "");
        String reply;
        try {
            String line = Files.readString(request, StandardCharsets.UTF_8);
            Files.deleteIfExists(request);
            Command command = Command.parse(line);
            console.info("dev/ctl: " + command);
            reply = "ok\n" + executor.apply(command);
        } catch (IOException e) {
            reply = "error\ncould not read " + request + ": " + e.getMessage();
        } catch (RuntimeException e) {
            reply = "error\n" + e.getMessage();
            console.warn("dev/ctl: " + e.getMessage());
        }
        try {
            Path temporary = directory.resolve(id + ".reply.tmp");
            Files.writeString(temporary, reply + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, directory.resolve(id + ".reply"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            console.warn("dev/ctl: could not answer request " + id + ": " + e.getMessage());
        }
    }
}
