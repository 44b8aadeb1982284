package no.virksomhetsplan.dev;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.contracts.CloudEventHeaders;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.indicators.IndicatorValueReported;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small fagsystem simulator for the running system (dev/simulate): publishes this month's values of the demo
 * municipality's fagsystem indicators to vp.indicator-values.in.v1, as Gerica, Visma and the others would, and with
 * {@code --bad} one record of every kind a careless integration sends, each of which lands in the dead-letter topic
 * with its reason. The values are the demo's own (dev/demo/&lt;realm&gt;-indicators.json), the same each time, so
 * running it again changes nothing.
 *
 * <p>Options: {@code --realm fjordvik}, {@code --month 2027-03} (default: this month), {@code --bad},
 * {@code --bootstrap 127.0.0.1:19092}.
 */
public final class FagsystemSimulator {

    /** A unit of Fjordvik's tree that no demo indicator is measured for (Kommuneplan og klima). */
    static final String NOT_LINKED_UNIT = "5200";

    private FagsystemSimulator() {
    }

    public static void main(String[] args) throws Exception {
        String realm = option(args, "--realm", "fjordvik");
        YearMonth today = YearMonth.now(ZoneId.of("Europe/Oslo"));
        YearMonth month = YearMonth.parse(option(args, "--month", today.toString()));
        String bootstrap = option(args, "--bootstrap", "127.0.0.1:" + KafkaBroker.PORT);
        boolean bad = List.of(args).contains("--bad");
        Path file = Path.of("dev/demo").resolve(realm + "-indicators.json");
        if (!Files.exists(file)) {
            System.err.println("No demo indicators for " + realm + " (" + file + ").");
            System.exit(2);
        }
        JsonNode indicators = JsonMapper.builder().build().readTree(file.toFile()).get("indicators");

        List<DemoIndicatorValues.Value> values = new ArrayList<>();
        String manualKey = null;
        for (JsonNode indicator : indicators) {
            if (indicator.get("source").asString().equals("MANUAL")) {
                manualKey = manualKey == null ? indicator.get("key").asString() : manualKey;
            } else {
                values.addAll(DemoIndicatorValues.month(indicator, month));
            }
        }
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (DemoIndicatorValues.Value value : values) {
            records.add(record(realm, value.indicatorKey() + "/" + value.unitCode() + "/" + value.period(),
                    JsonMapper.builder().build().writeValueAsBytes(DemoIndicators.asDelivered(value)), "/fagsystem/" + value.sourceSystem()));
        }
        List<BadRecords.Bad> badRecords = bad && !values.isEmpty()
                ? BadRecords.around(realm, values.get(0), manualKey, NOT_LINKED_UNIT, today)
                : List.of();
        badRecords.forEach(b -> records.add(b.record()));

        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000), new StringSerializer(), new ByteArraySerializer())) {
            for (ProducerRecord<String, byte[]> record : records) {
                producer.send(record);
            }
            producer.flush();
        }
        System.out.println("Published " + values.size() + " values of " + month + " for " + realm + " to " + Topics.INDICATOR_VALUES_IN
                + (badRecords.isEmpty() ? "" : " and " + badRecords.size() + " bad records, which go to "
                        + Topics.deadLetter(Topics.INDICATOR_VALUES_IN) + " with their reason:"));
        badRecords.forEach(b -> System.out.println("  " + b.expectedCode() + "  " + b.name()));
    }

    /** A record as the contract wants it: CloudEvents headers in binary mode, the JSON as the value. */
    static ProducerRecord<String, byte[]> record(String tenant, String key, byte[] data, String source) {
        var record = new ProducerRecord<>(Topics.INDICATOR_VALUES_IN, key, data);
        add(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        add(record, CloudEventHeaders.ID, UUID.randomUUID().toString());
        add(record, CloudEventHeaders.SOURCE, source);
        add(record, CloudEventHeaders.TYPE, IndicatorValueReported.TYPE);
        add(record, CloudEventHeaders.TIME, Instant.now().toString());
        add(record, CloudEventHeaders.TENANT, tenant);
        add(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return record;
    }

    private static void add(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String option(String[] args, String name, String otherwise) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return otherwise;
    }
}
