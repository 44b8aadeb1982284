package no.virksomhetsplan.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import no.virksomhetsplan.contracts.CloudEventHeaders;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes outbox rows to Kafka in commit order and deletes them once the broker has acknowledged them.
 *
 * <p>It wakes as soon as a local transaction with events commits, and otherwise polls at a short interval
 * (rows written by other replicas). One replica publishes at a time (a PostgreSQL advisory lock), which keeps
 * each aggregate's events in order. A failure rolls the batch back; it is retried with back-off, so events
 * wait in the table while Kafka is down. Delivery is at least once: consumers drop redeliveries by event id.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** Arbitrary but fixed: the advisory lock that makes one relay per database the publisher. */
    private static final long RELAY_LOCK = 0x5650_4f55_5442_4f58L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final KafkaTemplate<String, byte[]> kafka;
    private final OutboxProperties properties;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate transaction, KafkaTemplate<String, byte[]> kafka,
            OutboxProperties properties) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.kafka = kafka;
        this.properties = properties;
    }

    /** Asks the relay to look for new rows now rather than at its next poll. */
    public void wakeUp() {
        wakeUp.release();
    }

    /** Publishes one batch. @return how many events were published */
    public int publishBatch() {
        Integer published = transaction.execute(status -> {
            Boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(:lock)").param("lock", RELAY_LOCK)
                    .query(Boolean.class).single();
            if (!Boolean.TRUE.equals(mine)) {
                return 0;
            }
            List<PendingEvent> batch = jdbc.sql("""
                    select seq, id, topic, message_key, type, source, subject, tenant_id, occurred_at, data
                    from outbox_event order by seq limit :limit""")
                    .param("limit", properties.batchSize())
                    .query((rs, n) -> new PendingEvent(rs.getLong("seq"), rs.getObject("id", UUID.class),
                            rs.getString("topic"), rs.getString("message_key"), rs.getString("type"),
                            rs.getString("source"), rs.getString("subject"), rs.getString("tenant_id"),
                            rs.getTimestamp("occurred_at").toInstant(), rs.getString("data")))
                    .list();
            if (batch.isEmpty()) {
                return 0;
            }
            send(batch);
            // By exact seq, not a range: a transaction that committed meanwhile may hold a lower seq, unpublished.
            jdbc.sql("delete from outbox_event where seq in (:published)")
                    .param("published", batch.stream().map(PendingEvent::seq).toList())
                    .update();
            return batch.size();
        });
        return published == null ? 0 : published;
    }

    private void send(List<PendingEvent> batch) {
        List<CompletableFuture<?>> acks = new ArrayList<>(batch.size());
        for (PendingEvent event : batch) {
            acks.add(kafka.send(event.toRecord()));
        }
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                    .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not acknowledge the batch", e);
        }
    }

    private void run() {
        int failures = 0;
        while (running) {
            Duration pause = properties.pollInterval();
            try {
                int published = publishBatch();
                if (failures > 0) {
                    log.info("Outbox relay publishing again after {} failed attempts", failures);
                }
                failures = 0;
                if (published == properties.batchSize()) {
                    continue;
                }
            } catch (RuntimeException e) {
                failures++;
                if (failures == 1 || failures % 20 == 0) {
                    log.warn("Outbox relay could not publish (attempt {}); events stay in the outbox: {}", failures, e.getMessage());
                }
                pause = backOff(failures);
            }
            try {
                wakeUp.tryAcquire(pause.toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Duration backOff(int failures) {
        long millis = Math.min(properties.maxBackOff().toMillis(), 200L << Math.min(failures, 10));
        return Duration.ofMillis(millis);
    }

    @Override
    public synchronized void start() {
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private record PendingEvent(long seq, UUID id, String topic, String key, String type, String source, String subject,
            String tenant, Instant time, String data) {

        ProducerRecord<String, byte[]> toRecord() {
            var record = new ProducerRecord<>(topic, key, data.getBytes(StandardCharsets.UTF_8));
            header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
            header(record, CloudEventHeaders.ID, id.toString());
            header(record, CloudEventHeaders.SOURCE, source);
            header(record, CloudEventHeaders.TYPE, type);
            header(record, CloudEventHeaders.TIME, time.toString());
            header(record, CloudEventHeaders.SUBJECT, subject);
            header(record, CloudEventHeaders.TENANT, tenant);
            header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
            return record;
        }

        private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
