package no.virksomhetsplan.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import no.virksomhetsplan.contracts.CloudEventHeaders;
import no.virksomhetsplan.contracts.EventEnvelope;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** A consumed event: its CloudEvents attributes from the Kafka headers and its JSON data. */
public record InboundEvent(EventEnvelope envelope, byte[] data, JsonMapper json) {

    /** Reads the envelope; a record without valid CloudEvents headers is {@linkplain InvalidEventException invalid}. */
    public static InboundEvent from(ConsumerRecord<String, byte[]> record, JsonMapper json) {
        try {
            var envelope = new EventEnvelope(
                    UUID.fromString(header(record, CloudEventHeaders.ID)),
                    header(record, CloudEventHeaders.SOURCE),
                    header(record, CloudEventHeaders.TYPE),
                    Instant.parse(header(record, CloudEventHeaders.TIME)),
                    header(record, CloudEventHeaders.SUBJECT),
                    header(record, CloudEventHeaders.TENANT));
            if (record.value() == null) {
                throw new InvalidEventException("the record has no data");
            }
            return new InboundEvent(envelope, record.value(), json);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidEventException("invalid CloudEvents headers: " + e.getMessage(), e);
        }
    }

    public String type() {
        return envelope.type();
    }

    public String tenant() {
        return envelope.tenant();
    }

    /** The data as the contract's record; data that does not fit the contract is {@linkplain InvalidEventException invalid}. */
    public <T> T data(Class<T> type) {
        try {
            return json.readValue(data, type);
        } catch (JacksonException e) {
            throw new InvalidEventException("data of " + envelope.type() + " does not match " + type.getSimpleName()
                    + ": " + e.getOriginalMessage(), e);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null) {
            throw new InvalidEventException("missing header " + name);
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
