package no.virksomhetsplan.dev;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL 17 from zonky's embedded binaries (a Maven dependency, no installation), one server
 * with a database per service.
 *
 * <p>The data directory is persistent: the first start runs initdb, later starts reuse it (zonky
 * only runs initdb when postgresql.conf is missing and cleanDataDirectory is off). The server
 * itself does not outlive the launcher: zonky stops it on close and in its own shutdown hook.
 *
 * <p>Local demo only: zonky's initdb uses trust authentication on localhost, so the services'
 * postgres/postgres credentials are accepted without a real password check.
 */
final class PostgresServer {

    static final int PORT = 15432;
    static final List<String> DATABASES = List.of("plans", "assignments", "checklists", "indicators", "reporting");

    private final Path dataDirectory;
    private final Path logFile;
    private EmbeddedPostgres postgres;
    private boolean stopped;
    private boolean startedBefore;

    PostgresServer(Path dataDir, Path logFile) {
        this.dataDirectory = dataDir.resolve("postgres");
        this.logFile = logFile;
    }

    /** True when a server from an earlier, hard-killed launcher still runs on our data directory. */
    boolean leftoverRunning() {
        return Files.exists(dataDirectory.resolve("postmaster.pid")) && HealthWait.tcpOpen("127.0.0.1", PORT);
    }

    boolean firstStart() {
        return !Files.exists(dataDirectory.resolve("postgresql.conf"));
    }

    /**
     * Starts the server and creates the missing databases; returns the names it created.
     * Synchronized with {@link #stop()}, so a Ctrl-C during the start waits for it and then stops.
     */
    synchronized List<String> start() {
        if (stopped) {
            throw new StartupException("stopping: PostgreSQL not started");
        }
        try {
            Files.createDirectories(dataDirectory);
            Files.createDirectories(logFile.getParent());
            // Truncate: the log holds the latest run only, like the other logs. initdb, pg_ctl and
            // the server write into it. A restart through dev/ctl appends.
            if (!startedBefore) {
                Files.writeString(logFile, "");
            }
            startedBefore = true;
            postgres = EmbeddedPostgres.builder()
                    .setPort(PORT)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // zonky starts the server with -F (fsync off), which is fine for throw-away test
                    // databases; this data is meant to last, so an OS crash must not corrupt it.
                    // zonky's synchronous_commit=off stays: commits do not wait for the disk.
                    .setServerConfig("fsync", "on")
                    // Crash recovery after a hard stop can take longer than zonky's default 10 s.
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new StartupException("PostgreSQL did not start: " + e.getMessage() + "." + HealthWait.logHint(logFile), e);
        }
        return createMissingDatabases();
    }

    private List<String> createMissingDatabases() {
        List<String> created = new ArrayList<>();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?");
             Statement statement = connection.createStatement()) {
            for (String database : DATABASES) {
                exists.setString(1, database);
                try (ResultSet result = exists.executeQuery()) {
                    if (!result.next()) {
                        // The names are our own constants, so concatenation is safe here.
                        statement.execute("create database " + database);
                        created.add(database);
                    }
                }
            }
        } catch (SQLException e) {
            throw new StartupException("could not create the service databases: " + e.getMessage(), e);
        }
        return created;
    }

    synchronized void stop() {
        stopped = true;
        close();
    }

    boolean running() {
        return postgres != null;
    }

    /**
     * A fast shutdown (pg_ctl -m fast: open sessions are ended, running transactions roll back) that
     * {@link #start} can undo (dev/ctl postgres stop / restart).
     */
    synchronized void stopForRestart() {
        if (postgres == null) {
            throw new StartupException("PostgreSQL is not running");
        }
        close();
    }

    private void close() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                // zonky logs the details; there is nothing else to do while stopping
            }
            postgres = null;
        }
    }
}
