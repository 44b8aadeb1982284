package no.virksomhetsplan.indicators;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import no.virksomhetsplan.contracts.CloudEventHeaders;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.indicators.IndicatorValueReported;
import no.virksomhetsplan.testsupport.Infrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** A fagsystem integration as tests play it: it publishes values to the inbound topic, well or badly. */
public final class Fagsystem implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.endpoints().kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.LINGER_MS_CONFIG, 5),
            new StringSerializer(), new ByteArraySerializer());

    /** A value's data; every field can be changed or removed to make it wrong in exactly one way. */
    public static Map<String, Object> value(String indicatorKey, String unitCode, String period, Object value, String sourceSystem,
            String sourceEventId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("indicatorKey", indicatorKey);
        data.put("unitCode", unitCode);
        data.put("period", period);
        data.put("value", value);
        data.put("sourceSystem", sourceSystem);
        data.put("sourceEventId", sourceEventId);
        return data;
    }

    public static String json(Map<String, Object> data) {
        return IndicatorsApi.JSON.writeValueAsString(data);
    }

    /** A record as the contract wants it: CloudEvents headers in binary mode, the JSON as the value. */
    public static ProducerRecord<String, byte[]> record(String key, String tenant, byte[] data) {
        var record = new ProducerRecord<>(Topics.INDICATOR_VALUES_IN, key, data);
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.ID, UUID.randomUUID().toString());
        header(record, CloudEventHeaders.SOURCE, "/fagsystem/test");
        header(record, CloudEventHeaders.TYPE, IndicatorValueReported.TYPE);
        header(record, CloudEventHeaders.TIME, Instant.now().toString());
        header(record, CloudEventHeaders.TENANT, tenant);
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return record;
    }

    public static ProducerRecord<String, byte[]> record(String key, String tenant, Map<String, Object> data) {
        return record(key, tenant, json(data).getBytes(StandardCharsets.UTF_8));
    }

    public static ProducerRecord<String, byte[]> header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().remove(name);
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    public Future<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
        return producer.send(record);
    }

    public void sendAll(List<ProducerRecord<String, byte[]>> records) {
        records.forEach(producer::send);
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
