package no.virksomhetsplan.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The CloudEvents attributes of one event (carried in Kafka headers) and the tenant it belongs to.
 *
 * @param id      unique per event; consumers record it to ignore redeliveries
 * @param source  the producing service, e.g. {@code /virksomhetsplan/plans-service}
 * @param type    versioned type name, e.g. {@code no.virksomhetsplan.org.unit-created.v1}
 * @param time    when the change happened (UTC)
 * @param subject the aggregate the event is about (also the Kafka key, so one aggregate stays in order)
 * @param tenant  the municipality
 */
public record EventEnvelope(UUID id, String source, String type, Instant time, String subject, String tenant) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        requireText(source, "source");
        requireText(type, "type");
        Objects.requireNonNull(time, "time");
        requireText(subject, "subject");
        requireText(tenant, "tenant");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("CloudEvent attribute '" + name + "' is missing");
        }
    }
}
