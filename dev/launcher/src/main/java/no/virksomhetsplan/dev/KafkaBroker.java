package no.virksomhetsplan.dev;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real Kafka broker (KRaft, broker and controller in one node) in its own JVM, from the Kafka
 * jars the launcher already has in target/lib. Its own process, because services must see a broker
 * that can be stopped and restarted like a real one, and because its memory and threads should not
 * share a JVM with the launcher.
 */
final class KafkaBroker {

    static final String BOOTSTRAP = "127.0.0.1:19092";
    static final int PORT = 19092;
    static final int CONTROLLER_PORT = 19093;

    private final LauncherConfig config;
    private final Path logDirs;
    private final Path properties;
    private final Path logback;
    private final ManagedProcess process;

    KafkaBroker(LauncherConfig config) {
        this.config = config;
        this.logDirs = config.dataDir().resolve("kafka");
        Path confDir = config.dataDir().resolve("conf");
        this.properties = confDir.resolve("kafka-server.properties");
        this.logback = confDir.resolve("kafka-logback.xml");
        this.process = new ManagedProcess("kafka",
                javaCommand("-Xms128m", "-Xmx512m", "kafka.Kafka", properties.toString()),
                Map.of(), config.dataDir(), config.logFile("kafka"), config.runDir());
    }

    /** Formats the storage on the first start, starts the broker and waits until it serves requests. */
    void start(Console.Step step) {
        try {
            Files.createDirectories(properties.getParent());
            Files.createDirectories(logDirs);
            Files.writeString(properties, serverProperties(logDirs), StandardCharsets.UTF_8);
            Files.writeString(logback, LOGBACK, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StartupException("could not write the Kafka configuration: " + e.getMessage(), e);
        }
        boolean firstStart = !Files.exists(logDirs.resolve("meta.properties"));
        if (firstStart) {
            formatStorage();
        }
        process.start();
        HealthWait.await(step, process, Duration.ofSeconds(90), Duration.ofSeconds(10), "",
                () -> HealthWait.tcpOpen("127.0.0.1", PORT) && clusterAnswers());
        if (firstStart) {
            step.ready("new storage in " + logDirs);
        } else {
            step.ready();
        }
    }

    void stop() {
        process.stop(Duration.ofSeconds(20), true);
    }

    /** A controlled shutdown that {@link #start} can undo (dev/ctl kafka stop). */
    void stopForRestart() {
        process.stopForRestart(Duration.ofSeconds(20), true);
    }

    ManagedProcess process() {
        return process;
    }

    /**
     * KRaft needs its storage formatted once with a cluster id. Done only when meta.properties is
     * missing: formatting again would give the existing data a different cluster id.
     */
    private void formatStorage() {
        Path formatLog = config.logFile("kafka-format");
        List<String> command = javaCommand("-Xmx256m", "kafka.tools.StorageTool", "format",
                "--standalone", "-t", Uuid.randomUuid().toString(), "-c", properties.toString());
        try {
            Process format = new ProcessBuilder(command)
                    .directory(config.dataDir().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(formatLog.toFile())
                    .start();
            if (!format.waitFor(90, TimeUnit.SECONDS)) {
                format.destroyForcibly();
                throw new StartupException("formatting the Kafka storage did not finish in 90 s." + HealthWait.logHint(formatLog));
            }
            if (format.exitValue() != 0) {
                throw new StartupException("formatting the Kafka storage failed." + HealthWait.logHint(formatLog));
            }
        } catch (IOException e) {
            throw new StartupException("could not format the Kafka storage: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("interrupted while formatting the Kafka storage", e);
        }
    }

    private List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>();
        command.add(config.java().toString());
        command.add("-Dlogback.configurationFile=" + logback);
        command.add("-cp");
        command.add(config.launcherTarget().resolve("lib") + File.separator + "*");
        command.addAll(List.of(args));
        return command;
    }

    /** A Kafka that accepts TCP connections may still be electing its controller; ask it. */
    private static boolean clusterAnswers() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(properties)) {
            return !admin.describeCluster().nodes().get(4, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }

    /** One node, loopback only; replication factors of 1, since there is nothing to replicate to. */
    static String serverProperties(Path logDirs) {
        return String.join("\n",
                "# Written by the dev launcher on every start; edits here are overwritten.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + CONTROLLER_PORT,
                "listeners=PLAINTEXT://127.0.0.1:" + PORT + ",CONTROLLER://127.0.0.1:" + CONTROLLER_PORT,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + PORT + ",CONTROLLER://127.0.0.1:" + CONTROLLER_PORT,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                // Backslashes would be escapes in a properties file; Kafka accepts forward slashes everywhere.
                "log.dirs=" + logDirs.toAbsolutePath().toString().replace('\\', '/'),
                "auto.create.topics.enable=true",
                "num.partitions=3",
                "default.replication.factor=1",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                // No point waiting for more consumers to join a group on a one-machine system.
                "group.initial.rebalance.delay.ms=0",
                "");
    }

    private static final String LOGBACK = """
            <configuration>
              <!-- Written by the dev launcher. The broker logs warnings and errors only. -->
              <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n</pattern></encoder>
              </appender>
              <root level="WARN"><appender-ref ref="OUT"/></root>
            </configuration>
            """;
}
