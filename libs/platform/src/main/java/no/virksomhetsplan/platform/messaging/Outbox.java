package no.virksomhetsplan.platform.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records events in the service's own database, in the transaction of the change that caused them.
 * The {@link OutboxRelay} publishes them to Kafka after the commit, so a change and its events are
 * committed together and nothing is lost while Kafka is down.
 */
public class Outbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final String source;
    private final Clock clock;
    private final Runnable wakeRelay;

    public Outbox(JdbcClient jdbc, JsonMapper json, String source, Clock clock, Runnable wakeRelay) {
        this.jdbc = jdbc;
        this.json = json;
        this.source = source;
        this.clock = clock;
        this.wakeRelay = wakeRelay;
    }

    /**
     * Adds an event to the current transaction.
     *
     * @throws IllegalStateException outside a transaction: an event without its change would be a lie
     */
    public UUID add(String topic, String tenant, IntegrationEvent event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("events must be added in the transaction of the change that caused them");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into outbox_event (id, topic, message_key, type, source, subject, tenant_id, occurred_at, data)
                values (:id, :topic, :key, :type, :source, :subject, :tenant, :time, :data)""")
                .param("id", id)
                .param("topic", topic)
                .param("key", event.subject())
                .param("type", event.eventType())
                .param("source", source)
                .param("subject", event.subject())
                .param("tenant", tenant)
                .param("time", Timestamp.from(clock.instant()))
                .param("data", json.writeValueAsString(event))
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wakeRelay.run();
            }
        });
        return id;
    }
}
