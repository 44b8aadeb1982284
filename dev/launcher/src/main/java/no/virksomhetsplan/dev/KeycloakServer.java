package no.virksomhetsplan.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keycloak in production mode from the server image the build made ({@link KeycloakImage}, ADR 0037), copied into the
 * data folder and started with {@code start --optimized}: its own H2 database in the copy's data/ folder, plain HTTP on
 * loopback.
 *
 * <p>The realm files in dev/keycloak are imported when Keycloak starts on an empty database. Keycloak
 * skips realms that already exist, so when the realm files change, the launcher resets Keycloak's
 * database to import them again (user ids are fixed in the realm files, so they stay the same).
 */
final class KeycloakServer {

    static final int PORT = 8180;
    static final String URL = "http://localhost:" + PORT;

    private final LauncherConfig config;
    private final Path installRoot;
    private final Path home;
    private final Path realmSource;
    private final KeycloakImage image;
    private final ManagedProcess process;

    KeycloakServer(LauncherConfig config) {
        this.config = config;
        this.installRoot = config.dataDir().resolve("keycloak");
        this.home = installRoot.resolve("keycloak-" + config.keycloakVersion());
        this.realmSource = config.home().resolve("dev/keycloak");
        this.image = new KeycloakImage(config.launcherTarget().resolve("keycloak"), config.keycloakVersion());
        this.process = new ManagedProcess("keycloak",
                List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                        "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + PORT,
                        // A fixed issuer, whether a client asks via localhost or 127.0.0.1.
                        "--hostname=" + URL,
                        // One node: no cluster discovery.
                        "--cache=local",
                        "--import-realm"),
                environment(), home, config.logFile("keycloak"), config.runDir());
    }

    /**
     * kc.sh's own defaults (Keycloak 26.5, heap included), but with the serial collector instead of G1 and C1 only:
     * Keycloak starts while the services start on the same two cores, and C1 needs about 40 % less CPU for it
     * (ADR 0035). A local demo's token requests stay around 0.1 s.
     */
    static final String JAVA_OPTS = String.join(" ",
            "-XX:MetaspaceSize=96M", "-XX:MaxMetaspaceSize=256m",
            "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-Dsun.err.encoding=UTF-8",
            "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
            "-XX:+ExitOnOutOfMemoryError", "-Djava.security.egd=file:/dev/urandom",
            "-XX:FlightRecorderOptions=stackdepth=512", "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
            "-Xms64m", "-Xmx512m",
            "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    static Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        // Local demo only: the temporary admin of the master realm (admin console).
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        // Run Keycloak on the launcher's own Java, not whatever is first on the PATH.
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("JAVA_OPTS", JAVA_OPTS);
        if (Runtime.version().feature() >= 24) {
            // Silences Java 24+ warnings from Keycloak's netty and jboss-threads (harmless, but noisy).
            environment.put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow");
        }
        return environment;
    }

    /** Whether the build made the server image this launcher runs. */
    boolean imageBuilt() {
        try {
            return image.built();
        } catch (IOException e) {
            return false;
        }
    }

    /** Starts Keycloak and waits until every realm from dev/keycloak serves its OpenID configuration. */
    void start(Console.Step step, List<String> realms) {
        try {
            image.installInto(home);
        } catch (IOException e) {
            throw new StartupException("could not copy Keycloak into " + home + ": " + e.getMessage(), e);
        }
        boolean reimport = copyRealmFiles();
        boolean firstStart = reimport || !Files.isDirectory(home.resolve("data/h2"));
        process.start();

        String note = firstStart ? " (importing the realms)" : "";
        HealthWait.await(step, process, Duration.ofSeconds(240), Duration.ofSeconds(10), note,
                () -> realms.stream().allMatch(realm ->
                        HealthWait.httpStatus(URL + "/realms/" + realm + "/.well-known/openid-configuration") == 200));
        writeImportedChecksum();
        if (firstStart) {
            step.ready("realms imported: " + String.join(", ", realms));
        } else {
            step.ready();
        }
    }

    /** kc.sh forwards SIGTERM to its JVM; the JVM is killed directly only if it outlives the grace. */
    void stop() {
        process.stop(Duration.ofSeconds(20), false);
    }

    ManagedProcess process() {
        return process;
    }

    /**
     * Copies dev/keycloak/*.json to data/import. Returns true when they differ from what was last
     * imported: then Keycloak's database is deleted, so the realms are imported afresh.
     */
    private boolean copyRealmFiles() {
        Path importDir = home.resolve("data/import");
        try {
            Files.createDirectories(importDir);
            try (DirectoryStream<Path> old = Files.newDirectoryStream(importDir, "*.json")) {
                for (Path file : old) {
                    Files.delete(file);
                }
            }
            for (Path realmFile : realmFiles()) {
                Files.copy(realmFile, importDir.resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            Path database = home.resolve("data/h2");
            Path checksumFile = installRoot.resolve("imported-realms.sha256");
            String imported = Files.exists(checksumFile) ? Files.readString(checksumFile).trim() : "";
            if (Files.isDirectory(database) && !imported.equals(realmChecksum())) {
                Folders.deleteRecursively(database);
                return true;
            }
            return false;
        } catch (IOException e) {
            throw new StartupException("could not copy the realm files to Keycloak: " + e.getMessage(), e);
        }
    }

    private void writeImportedChecksum() {
        try {
            Files.writeString(installRoot.resolve("imported-realms.sha256"), realmChecksum() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Path> realmFiles() {
        try (Stream<Path> files = Files.list(realmSource)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new StartupException("could not read the realm files in " + realmSource + ": " + e.getMessage(), e);
        }
    }

    private String realmChecksum() throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : realmFiles()) {
                digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
