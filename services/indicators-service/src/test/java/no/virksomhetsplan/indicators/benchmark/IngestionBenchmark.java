package no.virksomhetsplan.indicators.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.virksomhetsplan.contracts.CloudEventHeaders;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.indicators.IndicatorValueReported;
import no.virksomhetsplan.contracts.org.OrgUnitCreated;
import no.virksomhetsplan.indicators.definition.application.DefineIndicatorCommand;
import no.virksomhetsplan.indicators.definition.application.IndicatorAdministration;
import no.virksomhetsplan.indicators.definition.domain.Aggregation;
import no.virksomhetsplan.indicators.definition.domain.AllowedRange;
import no.virksomhetsplan.indicators.definition.domain.IndicatorContent;
import no.virksomhetsplan.indicators.definition.domain.IndicatorSource;
import no.virksomhetsplan.indicators.definition.domain.Names;
import no.virksomhetsplan.indicators.period.domain.Periodicity;
import no.virksomhetsplan.platform.orgtree.OrgTreeReplica;
import no.virksomhetsplan.platform.security.Caller;
import no.virksomhetsplan.testsupport.Infrastructure;
import no.virksomhetsplan.testsupport.RealInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * How many values per second go from the inbound topic to stored values and updated aggregates, beside what Kafka's
 * own ProducerPerformance gets into the same broker in the same run. Not part of the build's tests; run it with
 * {@code ./mvnw -pl services/indicators-service -am -Pbenchmark verify -Dtest=IngestionBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false} ({@code -Dbenchmark.values=N}, default 200,000, at most 258,400 with
 * this tree: one value per indicator, unit and month from 2000 on, and a month must have begun). Results in
 * docs/benchmarks.md.
 *
 * <p>The values are produced while the service's consumers are stopped, so the measured stretch is the service alone
 * working through a full topic: from starting the consumers until the last value is stored, with its value-recorded
 * event in the outbox, and the aggregator has folded every change into the months, tertials and years of its unit and
 * every unit above. Before that, values of other indicators ({@code -Dbenchmark.warmup=N}, default 200,000;
 * 0 for none) go the same way, so that the measured stretch is the service warmed up, as it runs for days, and not the
 * JVM compiling its hot paths. The report splits the JVM's CPU by thread (the service's, the broker's, the JVM's own).
 */
@RealInfrastructure
@SpringBootTest(properties = {"logging.level.root=WARN",
        "logging.level.no.virksomhetsplan.indicators.aggregate.application.Aggregator=${benchmark.log:WARN}",
        "logging.level.no.virksomhetsplan.indicators.value=${benchmark.log:WARN}"})
class IngestionBenchmark {

    private static final String TENANT = "fjordvik";
    private static final int INDICATORS = 20;
    private static final int SECTORS = 4;
    private static final int UNITS_PER_SECTOR = 10;
    /** The service's consumers of the inbound topic (virksomhetsplan.indicators.ingestion.concurrency). */
    private static final int CONSUMERS = 3;
    /** The service's consumer group of the inbound topic. */
    private static final String GROUP = "indicators-service.indicator-values";
    private static final Map<String, Object> PRODUCER = Map.of(ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.LINGER_MS_CONFIG, "5", ProducerConfig.BATCH_SIZE_CONFIG, "131072",
            ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");

    @Autowired
    OrgTreeReplica replica;
    @Autowired
    IndicatorAdministration administration;
    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Autowired
    JdbcClient jdbc;

    @Test
    void valuesPerSecondFromTheTopicToStoredValuesAndAggregates() throws Exception {
        int values = Integer.getInteger("benchmark.values", 200_000);
        String source = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        String bootstrap = Infrastructure.endpoints().kafkaBootstrapServers();
        List<String> unitCodes = aTree();
        List<String> keys = indicators(source, unitCodes);
        List<byte[]> data = values(source, keys, unitCodes, values);
        int recordSize = data.get(values / 2).length;
        listeners.getListenerContainer("indicator-values").stop();
        int partitions = inboundPartitions(bootstrap, Integer.getInteger("benchmark.partitions", CONSUMERS));

        // A service runs for days: the measured stretch should not include compiling its hot paths to machine code,
        // which a first batch of values through the same path does (other indicators, the same units and periods).
        int warmUp = Integer.getInteger("benchmark.warmup", 200_000);
        double warmUpSeconds = 0;
        if (warmUp > 0) {
            String warmUpSource = source + "-warm-up";
            List<String> warmUpKeys = indicators(warmUpSource, unitCodes);
            produce(bootstrap, warmUpKeys, values(warmUpSource, warmUpKeys, unitCodes, warmUp));
            long warmUpStart = System.nanoTime();
            listeners.getListenerContainer("indicator-values").start();
            assertThat(awaitTakenAndFolded(bootstrap, warmUpSource, warmUpStart)).as("the warm-up's values taken in and folded").isTrue();
            warmUpSeconds = seconds(System.nanoTime() - warmUpStart);
            listeners.getListenerContainer("indicator-values").stop();
        }

        String producerPerformance = producerPerformance(bootstrap, values, recordSize);
        double rawRate = recordsPerSecond(producerPerformance);

        long produceStart = System.nanoTime();
        produce(bootstrap, keys, data);
        double ourProducerRate = values / seconds(System.nanoTime() - produceStart);

        Map<String, long[]> threadsBefore = threadCpu();
        CpuTime cpuBefore = cpuTime();
        long consumeStart = System.nanoTime();
        listeners.getListenerContainer("indicator-values").start();
        boolean done = awaitTakenAndFolded(bootstrap, source, consumeStart);
        double storedAfter = takenAfter;
        double elapsed = seconds(System.nanoTime() - consumeStart);
        CpuTime cpu = cpuTime().minus(cpuBefore);
        String byThread = cpuByThread(threadsBefore, values);
        long stored = jdbc.sql("select count(*) from indicator_value where tenant_id = :tenant and source_system = :source")
                .param("tenant", TENANT).param("source", source).query(Long.class).single();
        double rate = stored / elapsed;

        assertThat(stored).isEqualTo(values);
        assertThat(done).as("every change folded into the aggregates").isTrue();
        BigDecimal topOfTree = jdbc.sql("""
                select sum(a.value_sum) from indicator_aggregate a join indicator i on i.tenant_id = a.tenant_id and i.id = a.indicator_id
                join org_unit_replica u on u.tenant_id = a.tenant_id and u.unit_id = a.unit_id
                where a.tenant_id = :tenant and i.source = :source and a.scope = 'BELOW' and u.parent_id is null and a.period = '2000'""")
                .param("tenant", TENANT).param("source", source).query(BigDecimal.class).single();
        BigDecimal expected = jdbc.sql("""
                select sum(v.value) from indicator_value v where v.tenant_id = :tenant and v.source_system = :source
                and v.period_start between '2000-01-01' and '2000-12-31'""")
                .param("tenant", TENANT).param("source", source).query(BigDecimal.class).single();
        assertThat(topOfTree).as("what is below the top of the tree (it has no values of its own) in 2000 adds up every value of 2000").isEqualByComparingTo(expected);

        String report = String.format("""
                Ingestion benchmark, %s
                machine: %d cores, %s; infrastructure: %s; load average at the end: %s
                values: %,d (%d indicators x %d units x %d months), record size %d bytes
                Kafka ProducerPerformance (same broker, same record count and size, acks=all): %,.0f records/s
                  %s
                the benchmark's own producer of the values (headers, keys): %,.0f records/s
                inbound topic: %d partitions, %d consumers; warm-up before the measured stretch: %,d other values (%.1f s)
                topic -> stored values (offsets committed): %.1f s (polled every 0.1 s)
                topic -> stored values and aggregates: %,.0f values/s (%.1f s for %,d values)
                ratio to the raw producer rate: %.2f
                CPU per value (from starting the consumers to the last fold): %s
                  the JVM's by thread (µs per value): %s
                """, Instant.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.version"), Infrastructure.endpoints().mode(), loadAverage(), values, INDICATORS, unitCodes.size(),
                values / (INDICATORS * unitCodes.size()), recordSize, rawRate, producerPerformance.strip().lines()
                        .reduce((first, second) -> second).orElse(""), ourProducerRate, partitions, CONSUMERS, warmUp, warmUpSeconds, storedAfter, rate, elapsed, values,
                rate / rawRate, cpu.perValue(values, elapsed), byThread);
        System.out.println(report);
        Files.writeString(Path.of("target", "ingestion-benchmark.txt"), report);
    }

    /**
     * CPU time used so far, in nanoseconds, by this JVM (the service and the in-JVM Kafka broker) and by the PostgreSQL
     * server's processes (the postmaster, with the children it has reaped, and its living children), from {@code /proc};
     * -1 for PostgreSQL where that cannot be read (not Linux, or a database in a container).
     */
    private record CpuTime(long jvm, long postgres) {

        CpuTime minus(CpuTime before) {
            return new CpuTime(jvm - before.jvm, postgres < 0 || before.postgres < 0 ? -1 : postgres - before.postgres);
        }

        String perValue(int values, double seconds) {
            if (postgres < 0) {
                return String.format("%.0f µs (the JVM; PostgreSQL not measured)", jvm / 1e3 / values);
            }
            return String.format("%.0f µs (JVM %.0f + PostgreSQL %.0f), %.2f cores used", (jvm + postgres) / 1e3 / values,
                    jvm / 1e3 / values, postgres / 1e3 / values, (jvm + postgres) / 1e9 / seconds);
        }
    }

    private CpuTime cpuTime() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long postgres;
        try {
            Path dataDirectory = Path.of(jdbc.sql("show data_directory").query(String.class).single());
            long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
            long ticks = 0;
            try (var processes = Files.list(Path.of("/proc"))) {
                for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                    String[] stat;
                    try {
                        String line = Files.readString(process.resolve("stat"));
                        stat = line.substring(line.lastIndexOf(')') + 2).split(" ");
                    } catch (IOException gone) {
                        continue;
                    }
                    // after the name: state, ppid, ..., utime (12th), stime, cutime, cstime
                    if (Long.parseLong(process.getFileName().toString()) == postmaster) {
                        ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]) + Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
                    } else if (Long.parseLong(stat[1]) == postmaster) {
                        ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                    }
                }
            }
            postgres = ticks * 10_000_000L; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException notReadable) {
            postgres = -1;
        }
        return new CpuTime(jvm, postgres);
    }

    /** A top unit, sectors, and units in each sector: the values go to the units, and roll up two levels. */
    private List<String> aTree() {
        UUID top = UUID.randomUUID();
        replica.apply(TENANT, new OrgUnitCreated(top, null, List.of(), "Benchmark kommune", "B" + top.toString().substring(0, 8), "kommune", 1));
        List<String> codes = new ArrayList<>();
        for (int s = 0; s < SECTORS; s++) {
            UUID sector = UUID.randomUUID();
            replica.apply(TENANT, new OrgUnitCreated(sector, top, List.of(top), "Sektor " + s, "B" + sector.toString().substring(0, 8),
                    "sektor", 1));
            for (int u = 0; u < UNITS_PER_SECTOR; u++) {
                UUID unit = UUID.randomUUID();
                String code = "B" + unit.toString().substring(0, 8);
                replica.apply(TENANT, new OrgUnitCreated(unit, sector, List.of(top, sector), "Enhet " + s + "." + u, code, "virksomhet", 1));
                codes.add(code);
            }
        }
        return codes;
    }

    private List<String> indicators(String source, List<String> unitCodes) {
        Set<UUID> units = new HashSet<>();
        jdbc.sql("select unit_id from org_unit_replica where tenant_id = :tenant and external_code in (:codes)")
                .param("tenant", TENANT).param("codes", unitCodes).query(UUID.class).list().forEach(units::add);
        Caller admin = new Caller("benchmark", "benchmark", TENANT, null, Set.of("admin"));
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < INDICATORS; i++) {
            String key = source + "-" + i;
            administration.define(admin, new DefineIndicatorCommand(key, new IndicatorContent(
                    new Names("Nøkkeltall " + i, "Nøkkeltal " + i, "Indicator " + i), "antall", Aggregation.SUM, Periodicity.MONTH,
                    "BENCHMARK", new AllowedRange(BigDecimal.ZERO, null), IndicatorSource.of(source), true, units)));
            keys.add(key);
        }
        return keys;
    }

    private static byte[] value(String key, String unitCode, String period, int value, String source, String eventId) {
        return ("{\"indicatorKey\":\"" + key + "\",\"unitCode\":\"" + unitCode + "\",\"period\":\"" + period + "\",\"value\":" + value
                + ",\"sourceSystem\":\"" + source + "\",\"sourceEventId\":\"" + eventId + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static ProducerRecord<String, byte[]> record(String key, byte[] data) {
        var record = new ProducerRecord<>(Topics.INDICATOR_VALUES_IN, key, data);
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.ID, UUID.randomUUID().toString());
        header(record, CloudEventHeaders.SOURCE, "/fagsystem/benchmark");
        header(record, CloudEventHeaders.TYPE, IndicatorValueReported.TYPE);
        header(record, CloudEventHeaders.TENANT, TENANT);
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return record;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> producerConfig(String bootstrap) {
        Map<String, Object> config = new java.util.HashMap<>(PRODUCER);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return config;
    }

    /**
     * The inbound topic with at least {@code wanted} partitions, so that each of the service's consumers has one (a
     * topic the test broker creates on first use has one; production's has 24).
     */
    private static int inboundPartitions(String bootstrap, int wanted) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            int partitions = admin.describeTopics(List.of(Topics.INDICATOR_VALUES_IN)).allTopicNames().get()
                    .get(Topics.INDICATOR_VALUES_IN).partitions().size();
            if (partitions < wanted) {
                admin.createPartitions(Map.of(Topics.INDICATOR_VALUES_IN, NewPartitions.increaseTo(wanted))).all().get();
                return wanted;
            }
            return partitions;
        }
    }

    /** When {@link #awaitTakenAndFolded} saw the last offset committed, in seconds from its start. */
    private double takenAfter;

    /**
     * Waits until every record on the inbound topic is taken in (the group's committed offsets, committed only after
     * the batch's transaction, at the end of the topic; asked of the broker, so that watching costs the database
     * nothing) and the source's changes are folded into the aggregates.
     *
     * @return whether that happened within 900 s
     */
    private boolean awaitTakenAndFolded(String bootstrap, String source, long start) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<TopicPartition, Long> ends = endOffsets(admin);
            boolean taken = false;
            boolean pending = true;
            do {
                Thread.sleep(100);
                if (!taken) {
                    taken = committedUpTo(admin, ends);
                    takenAfter = seconds(System.nanoTime() - start);
                }
                pending = !taken || jdbc.sql("""
                        select exists (select 1 from indicator_aggregate_delta where tenant_id = :tenant
                                       and indicator_id in (select id from indicator where tenant_id = :tenant and source = :source))""")
                        .param("tenant", TENANT).param("source", source).query(Boolean.class).single();
            } while (pending && seconds(System.nanoTime() - start) < 900);
            return !pending;
        }
    }

    private static List<byte[]> values(String source, List<String> keys, List<String> unitCodes, int values) {
        List<byte[]> data = new ArrayList<>(values);
        for (int i = 0; i < values; i++) {
            int month = i / (INDICATORS * unitCodes.size());
            data.add(value(keys.get(i % INDICATORS), unitCodes.get((i / INDICATORS) % unitCodes.size()),
                    String.format("%d-%02d", 2000 + month / 12, month % 12 + 1), i % 1000, source, source + "-" + i));
        }
        return data;
    }

    private static void produce(String bootstrap, List<String> keys, List<byte[]> data) {
        try (var producer = new KafkaProducer<>(producerConfig(bootstrap), new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < data.size(); i++) {
                producer.send(record(keys.get(i % INDICATORS) + "/" + i, data.get(i)));
            }
            producer.flush();
        }
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin) throws Exception {
        var partitions = admin.describeTopics(List.of(Topics.INDICATOR_VALUES_IN)).allTopicNames().get().get(Topics.INDICATOR_VALUES_IN)
                .partitions().stream().map(p -> new TopicPartition(Topics.INDICATOR_VALUES_IN, p.partition()))
                .collect(java.util.stream.Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new java.util.HashMap<>();
        admin.listOffsets(partitions).all().get().forEach((partition, offset) -> ends.put(partition, offset.offset()));
        return ends;
    }

    /** Whether the service's consumer group has committed every partition of the inbound topic up to its end. */
    private static boolean committedUpTo(Admin admin, Map<TopicPartition, Long> ends) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
        return ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                || committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue());
    }

    /** Kafka's own producer benchmark, as kafka-producer-perf-test.sh runs it, on a topic of its own. */
    private static String producerPerformance(String bootstrap, int records, int recordSize) throws Exception {
        String topic = "benchmark-raw-" + UUID.randomUUID().toString().substring(0, 8);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(topic, 3, (short) 1))).all().get();
        }
        List<String> args = new ArrayList<>(List.of("--topic", topic, "--num-records", String.valueOf(records), "--record-size",
                String.valueOf(recordSize), "--throughput", "-1", "--producer-props", "bootstrap.servers=" + bootstrap));
        PRODUCER.forEach((name, value) -> args.add(name + "=" + value));
        Method main;
        try {
            main = Class.forName("org.apache.kafka.tools.ProducerPerformance").getMethod("main", String[].class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Kafka's ProducerPerformance is not on the classpath: run with -Pbenchmark", e);
        }
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            main.invoke(null, (Object) args.toArray(String[]::new));
        } finally {
            System.setOut(console);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static double recordsPerSecond(String producerPerformance) throws IOException {
        Matcher summary = Pattern.compile("(\\d+) records sent, ([0-9.]+) records/sec").matcher(producerPerformance);
        double rate = -1;
        while (summary.find()) {
            rate = Double.parseDouble(summary.group(2));
        }
        if (rate < 0) {
            throw new IOException("no summary in ProducerPerformance's output: " + producerPerformance);
        }
        return rate;
    }

    /** CPU time of each of this process's threads (Linux tasks, the JVM's own included: GC, JIT), in ticks, by task id and name. */
    private static Map<String, long[]> threadCpu() {
        Map<String, long[]> ticks = new java.util.HashMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String line = Files.readString(task.resolve("stat"));
                    String[] stat = line.substring(line.lastIndexOf(')') + 2).split(" ");
                    String name = Files.readString(task.resolve("comm")).strip();
                    ticks.put(task.getFileName() + " " + name, new long[] {Long.parseLong(stat[11]) + Long.parseLong(stat[12])});
                } catch (IOException | RuntimeException gone) {
                    // ended meanwhile
                }
            }
        } catch (IOException notLinux) {
            // no figures per thread
        }
        return ticks;
    }

    /**
     * The JVM's CPU time since {@code before} by kind of thread (the name Linux knows, at most 15 characters, without
     * its numbers), largest first: the service's consumers, its aggregator and outbox relay, the in-JVM broker's
     * threads, and the JVM's own (compilers, garbage collection). Threads that ended meanwhile are not counted.
     */
    private static String cpuByThread(Map<String, long[]> before, int values) {
        Map<String, Long> byKind = new java.util.HashMap<>();
        threadCpu().forEach((task, now) -> {
            long used = now[0] - before.getOrDefault(task, new long[1])[0];
            if (used > 0) {
                byKind.merge(task.substring(task.indexOf(' ') + 1).replaceAll("[0-9]+", "#"), used, Long::sum);
            }
        });
        // USER_HZ is 100 on Linux: a tick is 10 ms, 10,000 µs
        return byKind.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .filter(kind -> kind.getValue() * 10_000.0 / values >= 0.5)
                .map(kind -> String.format("%s %.1f", kind.getKey(), kind.getValue() * 10_000.0 / values))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The machine's load (1, 5, 15 minutes), where Linux tells it: other work on the same cores shows here. */
    private static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.exists(loadavg) ? String.join(" ", List.of(Files.readString(loadavg).split(" ")).subList(0, 3)) : "unknown";
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
