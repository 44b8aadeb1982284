package no.virksomhetsplan.platform.messaging;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.platform.persistence.DatabaseUnavailable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Poison records never block a partition: after bounded retries (none for {@link InvalidEventException}) the
 * original record goes to {@code <topic>.dlt} with the reason in header {@value #REASON_HEADER} (besides Spring's
 * {@code kafka_dlt-*} headers), and the records behind it are processed. A database that cannot be reached is not
 * poison: such a record is retried until the database is back ({@link #backOffFor}), so a PostgreSQL restart loses
 * no event.
 */
public final class DeadLetters {

    public static final String REASON_HEADER = "vp_dlt_reason";

    private DeadLetters() {
    }

    public static DefaultErrorHandler errorHandler(KafkaTemplate<String, byte[]> kafka, ConsumerProperties properties) {
        var recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, e) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        recoverer.setHeadersFunction((record, e) -> {
            var headers = new RecordHeaders();
            headers.add(REASON_HEADER, reason(e).getBytes(StandardCharsets.UTF_8));
            return headers;
        });
        var handler = new DefaultErrorHandler(recoverer,
                new FixedBackOff(properties.retryInterval().toMillis(), properties.retries()));
        handler.addNotRetryableExceptions(InvalidEventException.class);
        handler.setBackOffFunction((record, e) -> backOffFor(e, properties));
        return handler;
    }

    /**
     * A database that cannot be reached is no fault of the record: it is retried, with growing pauses up to
     * {@code databaseRetryMaxInterval}, until the database is back, and never dead-lettered for it (the partition
     * waits, which keeps the events in order). Anything else gets the bounded retries. {@code null} means the
     * handler's default (those bounded retries).
     */
    static BackOff backOffFor(Exception e, ConsumerProperties properties) {
        if (!DatabaseUnavailable.causedBy(e)) {
            return null;
        }
        var backOff = new ExponentialBackOff(properties.retryInterval().toMillis(), 2.0);
        backOff.setMaxInterval(properties.databaseRetryMaxInterval().toMillis());
        return backOff;
    }

    /**
     * The dead letter of a record refused by the consumer itself (no exception): the original key, headers and bytes to
     * {@code <topic>.dlt}, with the reason and where it came from, as the error handler writes them.
     */
    public static ProducerRecord<String, byte[]> deadLetter(ConsumerRecord<String, byte[]> record, String reason) {
        var headers = new RecordHeaders(record.headers().toArray());
        headers.add(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
        headers.add(KafkaHeaders.DLT_ORIGINAL_TOPIC, record.topic().getBytes(StandardCharsets.UTF_8));
        headers.add(KafkaHeaders.DLT_ORIGINAL_PARTITION, ByteBuffer.allocate(Integer.BYTES).putInt(record.partition()).array());
        headers.add(KafkaHeaders.DLT_ORIGINAL_OFFSET, ByteBuffer.allocate(Long.BYTES).putLong(record.offset()).array());
        return new ProducerRecord<>(Topics.deadLetter(record.topic()), null, record.key(), record.value(), headers);
    }

    static String reason(Exception e) {
        Throwable cause = e instanceof ListenerExecutionFailedException && e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? "" : ": " + cause.getMessage();
        return cause.getClass().getSimpleName() + message;
    }
}
