package no.virksomhetsplan.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server and Kafka broker shared by all tests in one JVM.
 * Set {@code -Dvp.test.infrastructure=embedded} to skip the Docker probe.
 */
public final class Infrastructure implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Infrastructure.class);
    private static volatile Infrastructure current;

    private final Endpoints endpoints;
    private final AutoCloseable resources;

    /** Where a test reaches the infrastructure. */
    public record Endpoints(String mode, String jdbcUrl, String username, String password, String kafkaBootstrapServers) {
    }

    private Infrastructure(Endpoints endpoints, AutoCloseable resources) {
        this.endpoints = endpoints;
        this.resources = resources;
    }

    /** The running infrastructure; fails if no test class carries {@link RealInfrastructure}. */
    public static Endpoints endpoints() {
        Infrastructure running = current;
        if (running == null) {
            throw new IllegalStateException("test infrastructure is not started: annotate the test class with @RealInfrastructure");
        }
        return running.endpoints;
    }

    static synchronized Infrastructure start() {
        if (current == null) {
            long started = System.nanoTime();
            current = dockerAvailable() ? startContainers() : startEmbedded();
            log.info("Test infrastructure ({}) ready in {} ms", current.endpoints.mode(), (System.nanoTime() - started) / 1_000_000);
        }
        return current;
    }

    private static boolean dockerAvailable() {
        if ("embedded".equals(System.getProperty("vp.test.infrastructure"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Infrastructure startContainers() {
        var postgres = new PostgreSQLContainer("postgres:17-alpine");
        var kafka = new KafkaContainer("apache/kafka:4.1.2");
        postgres.start();
        kafka.start();
        var endpoints = new Endpoints("testcontainers", postgres.getJdbcUrl(), postgres.getUsername(),
                postgres.getPassword(), kafka.getBootstrapServers());
        return new Infrastructure(endpoints, () -> {
            kafka.stop();
            postgres.stop();
        });
    }

    private static Infrastructure startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            var kafka = new EmbeddedKafkaKraftBroker(1, 3);
            kafka.afterPropertiesSet();
            var endpoints = new Endpoints("embedded", postgres.getJdbcUrl("postgres", "postgres"), "postgres",
                    "postgres", kafka.getBrokersAsString());
            return new Infrastructure(endpoints, () -> {
                kafka.destroy();
                postgres.close();
            });
        } catch (IOException e) {
            throw new IllegalStateException("embedded PostgreSQL failed to start", e);
        }
    }

    @Override
    public synchronized void close() throws Exception {
        current = null;
        resources.close();
    }
}
