package no.virksomhetsplan.platform.messaging;

import static no.virksomhetsplan.platform.messaging.OutboxTest.appliedTimes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.platform.testapp.TestApplication;
import no.virksomhetsplan.platform.testapp.UnitWriter;
import no.virksomhetsplan.testsupport.KafkaBrokerProcess;
import no.virksomhetsplan.testsupport.RealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Kafka goes down while the service keeps working: writes succeed, their events wait in the outbox, and when
 * the broker is back every event reaches the consumer's read model exactly once. The broker is a real one in
 * its own process, stopped and started again on the same port and data.
 */
@RealInfrastructure
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class BrokerOutageTest {

    private static final KafkaBrokerProcess BROKER = new KafkaBrokerProcess().start();

    @DynamicPropertySource
    static void ownBroker(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", BROKER::bootstrapServers);
    }

    @AfterAll
    static void stopBroker() {
        BROKER.close();
    }

    @Autowired
    UnitWriter units;
    @Autowired
    JdbcClient jdbc;

    @Test
    void writesSucceedWhileKafkaIsDownAndEveryEventArrivesOnceItIsBack() {
        String tenant = "t-" + UUID.randomUUID();
        UUID before = units.create(tenant, "Before the outage");
        await().atMost(Duration.ofSeconds(60)).until(() -> appliedTimes(jdbc, tenant, before) == 1);

        BROKER.stop();
        List<UUID> duringOutage = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long started = System.nanoTime();
            duringOutage.add(units.create(tenant, "During the outage " + i));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        }
        assertThat(outboxRows(tenant)).isEqualTo(20);

        BROKER.start();

        await().atMost(Duration.ofSeconds(90)).until(() -> outboxRows(tenant) == 0
                && duringOutage.stream().allMatch(unit -> appliedTimes(jdbc, tenant, unit) >= 1));
        assertThat(duringOutage).allSatisfy(unit -> assertThat(appliedTimes(jdbc, tenant, unit)).isEqualTo(1));
        assertThat(jdbc.sql("select count(*) from written_unit where tenant_id = :t").param("t", tenant).query(Long.class).single())
                .isEqualTo(21);
    }

    private long outboxRows(String tenant) {
        return jdbc.sql("select count(*) from outbox_event where tenant_id = :t").param("t", tenant).query(Long.class).single();
    }
}
