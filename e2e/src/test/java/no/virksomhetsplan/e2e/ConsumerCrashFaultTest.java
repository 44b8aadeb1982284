package no.virksomhetsplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A consumer killed with SIGKILL in the middle of a stream of writes, then started again by the launcher with the
 * same configuration: afterwards every unit is in its replica exactly once (nothing lost between the last committed
 * offset and the kill, nothing applied twice when those records come again).
 */
@EnabledIfSystemProperty(named = "e2e.faults", matches = "true")
class ConsumerCrashFaultTest {

    static final String CONSUMER = "reporting-service";
    static final int WRITES = 150;

    private boolean killed;

    @AfterEach
    void consumerRunsAgain() {
        if (killed) {
            SystemControl.ctl("start", CONSUMER);
        }
    }

    @Test
    void aConsumerKilledMidStreamLosesNothingAndAppliesNothingTwice() throws Exception {
        FaultWorkload workload = new FaultWorkload();
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        AtomicReference<String> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            for (int i = 0; i < WRITES && failure.get() == null; i++) {
                HttpResponse<String> created = workload.createUnit("Krasj " + i);
                if (created.statusCode() != 201) {
                    failure.set("write " + i + ": " + created.statusCode() + " " + created.body());
                    return;
                }
                acknowledged.add(FaultWorkload.idOf(created));
                KafkaOutageFaultTest.sleepMillis(50);
            }
        }, "fault-writer");
        writer.start();

        // Mid-stream: some units are through, the consumer is busy with the rest.
        await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.size() >= WRITES / 3);
        SystemControl.ctl("kill", CONSUMER);
        killed = true;
        int atKill = acknowledged.size();
        writer.join(Duration.ofSeconds(120).toMillis());
        assertThat(failure.get()).as("writes while the consumer is dead go on").isNull();
        assertThat(acknowledged).hasSize(WRITES);

        long starting = System.nanoTime();
        SystemControl.ctl("start", CONSUMER);
        killed = false;
        long ready = System.nanoTime();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> workload.allInReplica(acknowledged));
        long convergedMillis = (System.nanoTime() - ready) / 1_000_000;

        workload.assertExactlyOnce(acknowledged);
        System.out.printf("FAULT consumer-kill: %s killed with SIGKILL after %d of %d writes; started again in %d ms; "
                        + "all %d in its replica %d ms after it was ready, each once%n",
                CONSUMER, atKill, WRITES, (ready - starting) / 1_000_000, WRITES, convergedMillis);
    }
}
