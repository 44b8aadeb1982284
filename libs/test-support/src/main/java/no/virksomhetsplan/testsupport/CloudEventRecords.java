package no.virksomhetsplan.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import no.virksomhetsplan.contracts.CloudEventHeaders;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Records as another service would publish them, for consumer tests. */
public final class CloudEventRecords {

    private CloudEventRecords() {
    }

    public static ProducerRecord<String, byte[]> record(String topic, UUID eventId, String type, String tenant, String subject,
            String jsonData) {
        var record = new ProducerRecord<>(topic, subject, jsonData.getBytes(StandardCharsets.UTF_8));
        add(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        add(record, CloudEventHeaders.ID, eventId.toString());
        add(record, CloudEventHeaders.SOURCE, "/virksomhetsplan/test");
        add(record, CloudEventHeaders.TYPE, type);
        add(record, CloudEventHeaders.TIME, Instant.now().toString());
        add(record, CloudEventHeaders.SUBJECT, subject);
        add(record, CloudEventHeaders.TENANT, tenant);
        add(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return record;
    }

    private static void add(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
