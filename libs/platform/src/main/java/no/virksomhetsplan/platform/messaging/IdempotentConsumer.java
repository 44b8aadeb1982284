package no.virksomhetsplan.platform.messaging;

import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies a consumed record exactly once per consumer: the change and the inbox entry commit together, so a
 * redelivered event changes nothing. A record that cannot be read throws {@link InvalidEventException}, which
 * the error handler sends to the dead-letter topic without retrying.
 */
public class IdempotentConsumer {

    private final Inbox inbox;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    public IdempotentConsumer(Inbox inbox, TransactionTemplate transaction, JsonMapper json) {
        this.inbox = inbox;
        this.transaction = transaction;
        this.json = json;
    }

    /** @param consumer a stable name for this consumer; the same event may be applied once per name */
    public void apply(String consumer, ConsumerRecord<String, byte[]> record, Consumer<InboundEvent> change) {
        InboundEvent event = InboundEvent.from(record, json);
        transaction.executeWithoutResult(status -> {
            if (inbox.firstDelivery(consumer, event.envelope().id())) {
                change.accept(event);
            }
        });
    }
}
