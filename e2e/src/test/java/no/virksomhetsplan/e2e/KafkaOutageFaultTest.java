package no.virksomhetsplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Kafka stopped for 60 s while writes continue: every write through the gateway is acknowledged (the events wait in
 * plans-service's outbox), and within 30 s of Kafka's restart every unit is in reporting-service's replica, once.
 * Runs only in the fault phase of dev/test (-Pe2e-faults), against a system the launcher controls (dev/ctl).
 */
@EnabledIfSystemProperty(named = "e2e.faults", matches = "true")
class KafkaOutageFaultTest {

    static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("e2e.faults.kafka-outage-seconds", 60));
    static final Duration CONVERGENCE = Duration.ofSeconds(30);

    private boolean kafkaStopped;

    @AfterEach
    void kafkaRunsAgain() {
        if (kafkaStopped) {
            SystemControl.ctl("kafka", "start");
        }
    }

    @Test
    void writesKeepSucceedingWhileKafkaIsDownAndReachTheReplicaOnceWithin30sOfItsRestart() {
        FaultWorkload workload = new FaultWorkload();
        List<String> acknowledged = new ArrayList<>();
        List<Long> latencies = new ArrayList<>();

        SystemControl.ctl("kafka", "stop");
        kafkaStopped = true;
        long outageStart = System.nanoTime();
        int i = 0;
        while (System.nanoTime() - outageStart < OUTAGE.toNanos()) {
            long started = System.nanoTime();
            HttpResponse<String> created = workload.createUnit("Kafka-pause " + i++);
            latencies.add((System.nanoTime() - started) / 1_000_000);
            assertThat(created.statusCode()).as("write %d during the outage: %s", i, created.body()).isEqualTo(201);
            acknowledged.add(FaultWorkload.idOf(created));
            sleepMillis(500);
        }
        assertThat(workload.replicaCounts().keySet()).as("nothing can have reached the replica without Kafka")
                .doesNotContainAnyElementsOf(acknowledged);

        SystemControl.ctl("kafka", "start");
        kafkaStopped = false;
        long restarted = System.nanoTime();
        await().atMost(CONVERGENCE).pollInterval(Duration.ofMillis(250)).until(() -> workload.allInReplica(acknowledged));
        long convergedMillis = (System.nanoTime() - restarted) / 1_000_000;

        workload.assertExactlyOnce(acknowledged);
        System.out.printf("FAULT kafka-outage: %d writes in %d s of outage, all 201 (max %d ms, median %d ms); "
                        + "all %d in reporting's replica %d ms after Kafka was ready again, each once%n",
                acknowledged.size(), OUTAGE.toSeconds(), latencies.stream().mapToLong(Long::longValue).max().orElse(0),
                latencies.stream().sorted().toList().get(latencies.size() / 2), acknowledged.size(), convergedMillis);
    }

    static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
