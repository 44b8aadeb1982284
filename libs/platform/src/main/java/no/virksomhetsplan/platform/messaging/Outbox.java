package no.virksomhetsplan.platform.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
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
        wakeRelayAfterCommit();
        return id;
    }

    /**
     * Adds many events to the current transaction in one statement, in their order: for changes that come in batches
     * (thousands of values per poll), where one insert per event would cost a round trip each.
     *
     * @throws IllegalStateException outside a transaction
     */
    public void addAll(String topic, String tenant, List<? extends IntegrationEvent> events) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("events must be added in the transaction of the change that caused them");
        }
        if (events.isEmpty()) {
            return;
        }
        int n = events.size();
        UUID[] ids = new UUID[n];
        String[] keys = new String[n];
        String[] types = new String[n];
        String[] data = new String[n];
        for (int i = 0; i < n; i++) {
            IntegrationEvent event = events.get(i);
            ids[i] = UUID.randomUUID();
            keys[i] = event.subject();
            types[i] = event.eventType();
            data[i] = json.writeValueAsString(event);
        }
        jdbc.sql("""
                insert into outbox_event (id, topic, message_key, type, source, subject, tenant_id, occurred_at, data)
                select id, :topic, message_key, type, :source, message_key, :tenant, :time, data
                from unnest(cast(:ids as uuid[]), cast(:keys as text[]), cast(:types as text[]), cast(:data as text[]))
                     with ordinality as e(id, message_key, type, data, position)
                order by position""")
                .param("topic", topic)
                .param("source", source)
                .param("tenant", tenant)
                .param("time", Timestamp.from(clock.instant()))
                .param("ids", ids)
                .param("keys", keys)
                .param("types", types)
                .param("data", data)
                .update();
        wakeRelayAfterCommit();
    }

    private void wakeRelayAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wakeRelay.run();
            }
        });
    }
}
