package no.virksomhetsplan.platform.messaging;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The ids of the events each consumer has applied, recorded in the same transaction as the change they made. */
public class Inbox {

    private final JdbcClient jdbc;

    public Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the event for this consumer. @return false if it was already applied (a redelivery) */
    public boolean firstDelivery(String consumer, UUID eventId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("the inbox must be written in the transaction of the change");
        }
        return jdbc.sql("insert into inbox_event (consumer, event_id) values (:consumer, :id) on conflict do nothing")
                .param("consumer", consumer)
                .param("id", eventId)
                .update() == 1;
    }
}
