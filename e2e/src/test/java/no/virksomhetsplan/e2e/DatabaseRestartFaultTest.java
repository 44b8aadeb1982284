package no.virksomhetsplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * PostgreSQL shut down and started again while writes go on: during the gap every write gets a clear 503 in
 * problem+json (never a 500), every acknowledged write is there afterwards and reaches the replica, and the
 * services recover by themselves (no service is restarted).
 */
@EnabledIfSystemProperty(named = "e2e.faults", matches = "true")
class DatabaseRestartFaultTest {

    static final Duration GAP = Duration.ofSeconds(10);

    private boolean postgresStopped;

    @AfterEach
    void postgresRunsAgain() {
        if (postgresStopped) {
            SystemControl.ctl("postgres", "start");
        }
    }

    @Test
    void writesDuringTheGapGet503AndNoAcknowledgedWriteIsLost() throws Exception {
        FaultWorkload workload = new FaultWorkload();
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<String> unclear = new CopyOnWriteArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            int i = 0;
            while (writing.get()) {
                HttpResponse<String> created = workload.createUnit("Database-pause " + i++);
                statuses.merge(created.statusCode(), 1, Integer::sum);
                if (created.statusCode() == 201) {
                    acknowledged.add(FaultWorkload.idOf(created));
                } else if (created.statusCode() != 503 || !FaultWorkload.isProblemJson(created)) {
                    unclear.add(created.statusCode() + " " + created.headers().firstValue("Content-Type").orElse("") + " "
                            + created.body());
                }
                KafkaOutageFaultTest.sleepMillis(200);
            }
        }, "fault-writer");
        writer.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.size() >= 10);
        SystemControl.ctl("postgres", "stop");
        postgresStopped = true;
        int beforeGap = acknowledged.size();
        KafkaOutageFaultTest.sleepMillis(GAP.toMillis());
        SystemControl.ctl("postgres", "start");
        postgresStopped = false;
        long restarted = System.nanoTime();

        // The services recover by themselves: writes succeed again without any service being restarted.
        int afterRestart = acknowledged.size();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> acknowledged.size() > afterRestart);
        long recoveredMillis = (System.nanoTime() - restarted) / 1_000_000;
        await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.size() >= afterRestart + 10);
        writing.set(false);
        writer.join(30_000);

        assertThat(unclear).as("answers other than 201 or 503 problem+json").isEmpty();
        assertThat(statuses).as("some writes fell into the gap and were told so").containsKey(503);
        assertThat(SystemControl.notRunning()).as("nothing was restarted or died").isEmpty();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> workload.allInReplica(acknowledged));
        workload.assertExactlyOnce(acknowledged, false);
        System.out.printf("FAULT postgres-restart: %d s without PostgreSQL during writes; answers %s; %d acknowledged "
                        + "(%d before the gap), all present and in reporting's replica once; the first write succeeded again %d ms after the restart%n",
                GAP.toSeconds(), new TreeMap<>(statuses), acknowledged.size(), beforeGap, recoveredMillis);
    }
}
