package no.virksomhetsplan.dev;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Stops children that an earlier launcher left running because it was killed hard (kill -9, a
 * crash): they would hold the ports. A pid file names a process only while the process with that
 * pid also has the recorded start time, so a reused pid is never touched.
 */
final class StaleProcesses {

    private StaleProcesses() {
    }

    static void stopLeftovers(Path runDir, Console console) {
        if (!Files.isDirectory(runDir)) {
            return;
        }
        try (DirectoryStream<Path> pidFiles = Files.newDirectoryStream(runDir, "*.pid")) {
            for (Path pidFile : pidFiles) {
                String name = pidFile.getFileName().toString().replaceFirst("\\.pid$", "");
                leftover(pidFile).ifPresent(handle -> {
                    console.warn(name + " (pid " + handle.pid() + ") is still running from an earlier launcher; stopping it");
                    ManagedProcess.stopTree(handle, Duration.ofSeconds(10), true);
                });
                Files.deleteIfExists(pidFile);
            }
        } catch (IOException e) {
            console.warn("could not check for processes of an earlier run: " + e.getMessage());
        }
    }

    private static Optional<ProcessHandle> leftover(Path pidFile) throws IOException {
        String[] parts = Files.readString(pidFile).trim().split("\\s+");
        if (parts.length != 2) {
            return Optional.empty();
        }
        long pid;
        long startMillis;
        try {
            pid = Long.parseLong(parts[0]);
            startMillis = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().startInstant()
                        .map(Instant::toEpochMilli)
                        .map(millis -> millis == startMillis)
                        .orElse(false));
    }
}
