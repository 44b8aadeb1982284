package no.virksomhetsplan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;
import no.virksomhetsplan.testsupport.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * What one proxied request costs the gateway, measured inside this module (docs/benchmarks.md, P4; ADR 0032): the
 * gateway with its real configuration and real token checks (tokens from {@link TestIssuer}, two trusted realms,
 * audience) in front of a trivial backend (a Reactor Netty server answering a small JSON on one event loop), driven by
 * {@code N} callers that each send the next {@code GET /api/plans/settings} when the last is answered, for a fixed time.
 * The same load goes to the backend directly, in alternating rounds. Reported per mode: requests per second, and CPU
 * time per request in µs, for the whole process and per thread group (the gateway's threads, the backend's, the load
 * generator's; the rest is GC, JIT and the JVM). The per-person rate limit is raised so it never refuses, but it still
 * counts every request.
 *
 * <p>Not part of the build's tests (the name does not end in Test). Run it alone:
 * {@code ./mvnw -B -ntp -o -pl gateway -am verify -Dtest=GatewayThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * with optional {@code -Dbenchmark.callers=8 -Dbenchmark.round-seconds=10 -Dbenchmark.rounds=2}; add
 * {@code -Dbenchmark.jfr=true "-DargLine=-XX:FlightRecorderOptions:stackdepth=256"} for a JFR recording of the
 * gateway rounds ({@code target/benchmark/gateway.jfr}, CPU samples every {@code benchmark.jfr-sample-millis}, 1 ms by
 * default) and its hot spots in the report ({@code target/benchmark/gateway-throughput.md}); the allocation sites are
 * those of the gateway's threads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayThroughputBenchmark {

    static final TestIssuer ISSUER = TestIssuer.shared();
    static final String PATH = "/api/plans/settings";
    static final byte[] BODY = "{\"tenant\":\"fjordvik\",\"planYear\":2027,\"deadlineDays\":14}".getBytes(StandardCharsets.UTF_8);

    static final int CALLERS = Integer.getInteger("benchmark.callers", 8);
    static final Duration ROUND = Duration.ofSeconds(Integer.getInteger("benchmark.round-seconds", 10));
    static final int ROUNDS = Integer.getInteger("benchmark.rounds", 2);
    /** Warm-up until the JIT has seen this many requests each way (or the time is up, on a busy machine). */
    static final int WARM_UP_REQUESTS = Integer.getInteger("benchmark.warm-up-requests", 20_000);
    static final Duration WARM_UP_MAX = Duration.ofSeconds(Integer.getInteger("benchmark.warm-up-seconds", 90));
    static final boolean JFR = Boolean.getBoolean("benchmark.jfr");
    static final int JFR_SAMPLE_MILLIS = Integer.getInteger("benchmark.jfr-sample-millis", 1);

    /** The backend on its own single event loop, so its CPU can be told apart from the gateway's. */
    static final LoopResources BACKEND_LOOP = LoopResources.create("backend", 1, true);
    static final DisposableServer BACKEND = HttpServer.create()
            .host("127.0.0.1").port(0)
            .runOn(BACKEND_LOOP)
            .handle((request, response) -> response
                    .header(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                    .header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(BODY.length))
                    .sendByteArray(Mono.just(BODY)))
            .bindNow();

    /** The load generator, also on its own event loop. */
    static final LoopResources LOAD_LOOP = LoopResources.create("load", 1, true);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("virksomhetsplan.security.audience", () -> TestIssuer.AUDIENCE);
        List<String> tenants = TestIssuer.TRUSTED_TENANTS;
        for (int i = 0; i < tenants.size(); i++) {
            String tenant = tenants.get(i);
            registry.add("virksomhetsplan.security.issuers[" + i + "].uri", () -> ISSUER.issuerUri(tenant));
            registry.add("virksomhetsplan.security.issuers[" + i + "].tenant", () -> tenant);
        }
        registry.add("virksomhetsplan.security.keycloak-realms.url", ISSUER::realmsUrl);
        registry.add("PLANS_SERVICE_URL", () -> "http://127.0.0.1:" + BACKEND.port());
        // As in the running-system benchmark: the limiter counts every request but never refuses one.
        registry.add("virksomhetsplan.gateway.rate-limit.people.burst", () -> "100000000");
        registry.add("virksomhetsplan.gateway.rate-limit.people.per-second", () -> "100000000");
    }

    @AfterAll
    static void stopBackend() {
        BACKEND.disposeNow();
        BACKEND_LOOP.disposeLater().block();
        LOAD_LOOP.disposeLater().block();
    }

    record Round(long requests, long errors, long wallNanos, long processCpuNanos, Map<String, Long> threadCpuNanos) {

        double perSecond() {
            return requests / (wallNanos / 1e9);
        }

        double cpuMicrosPerRequest(long nanos) {
            return requests == 0 ? 0 : nanos / 1000.0 / requests;
        }

        Round plus(Round other) {
            Map<String, Long> threads = new HashMap<>(threadCpuNanos);
            other.threadCpuNanos.forEach((group, nanos) -> threads.merge(group, nanos, Long::sum));
            return new Round(requests + other.requests, errors + other.errors, wallNanos + other.wallNanos,
                    processCpuNanos + other.processCpuNanos, threads);
        }

        static Round none() {
            return new Round(0, 0, 0, 0, Map.of());
        }
    }

    @Test
    void gatewayAgainstDirect() throws Exception {
        String gateway = "http://127.0.0.1:" + port;
        String direct = "http://127.0.0.1:" + BACKEND.port();

        long warmUpDirect = warmUp(direct);
        long warmUpGateway = warmUp(gateway);
        String latencies = "\n" + latency("direct", direct) + latency("through the gateway", gateway);

        Round directTotal = Round.none();
        Round gatewayTotal = Round.none();
        Path out = Path.of("target", "benchmark");
        Files.createDirectories(out);
        Recording recording = JFR ? new Recording(Configuration.getConfiguration("profile")) : null;
        if (recording != null) {
            // The profile's 10 ms gives only a few hundred samples of the gateway's threads in a round.
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(JFR_SAMPLE_MILLIS));
        }
        for (int round = 0; round < ROUNDS; round++) {
            directTotal = directTotal.plus(load(direct, ROUND));
            if (recording != null && round == 0) {
                recording.start();
            }
            gatewayTotal = gatewayTotal.plus(load(gateway, ROUND));
            if (recording != null && recording.getState() == jdk.jfr.RecordingState.RUNNING) {
                recording.stop();
            }
        }
        String hotSpots = "";
        if (recording != null) {
            Path jfr = out.resolve("gateway.jfr");
            recording.dump(jfr);
            recording.close();
            hotSpots = hotSpots(jfr);
        }

        String report = report(directTotal, gatewayTotal, warmUpDirect, warmUpGateway) + latencies + hotSpots;
        System.out.println(report);
        Files.writeString(out.resolve("gateway-throughput.md"), report);

        assertThat(directTotal.errors()).as("errors calling the backend directly").isZero();
        assertThat(gatewayTotal.errors()).as("errors through the gateway").isZero();
        assertThat(gatewayTotal.requests()).as("requests through the gateway").isPositive();
    }

    /** One caller, one request after the other: the latency percentiles in ms. */
    private static String latency(String name, String base) {
        String bearer = "Bearer " + token();
        ConnectionProvider connection = ConnectionProvider.create("latency", 1);
        HttpClient client = HttpClient.create(connection).runOn(LOAD_LOOP).baseUrl(base)
                .headers(headers -> headers.set(HttpHeaderNames.AUTHORIZATION, bearer));
        int calls = Integer.getInteger("benchmark.latency-calls", 200);
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            client.get().uri(PATH).responseSingle((response, body) -> body.asByteArray().defaultIfEmpty(new byte[0])).block();
            nanos[i] = System.nanoTime() - start;
        }
        connection.disposeLater().block();
        java.util.Arrays.sort(nanos);
        return String.format(Locale.ROOT, "Latency, one caller with keep-alive, %d calls, %s: p50 %.2f ms, p90 %.2f ms, max %.2f ms.%n",
                calls, name, nanos[calls / 2] / 1e6, nanos[calls * 9 / 10] / 1e6, nanos[calls - 1] / 1e6);
    }

    private static long warmUp(String base) {
        long done = 0;
        long end = System.nanoTime() + WARM_UP_MAX.toNanos();
        while (done < WARM_UP_REQUESTS && System.nanoTime() < end) {
            done += load(base, Duration.ofSeconds(3)).requests();
        }
        return done;
    }

    /** {@link #CALLERS} callers, each with its own connection, sending the next request when the last is answered. */
    private static Round load(String base, Duration duration) {
        String bearer = "Bearer " + token();
        ConnectionProvider connections = ConnectionProvider.builder("load").maxConnections(CALLERS).build();
        HttpClient client = HttpClient.create(connections).runOn(LOAD_LOOP).baseUrl(base)
                .headers(headers -> headers.set(HttpHeaderNames.AUTHORIZATION, bearer));
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Map<String, Long> threadsBefore = threadCpu();
        long cpuBefore = processCpu();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        Flux.range(0, CALLERS)
                .flatMap(caller -> Mono.defer(() -> client.get().uri(PATH)
                                .responseSingle((response, body) -> body.asByteArray().defaultIfEmpty(new byte[0])
                                        .map(bytes -> response.status().code())))
                        .doOnNext(status -> (status == 200 ? ok : errors).incrementAndGet())
                        .onErrorResume(e -> {
                            errors.incrementAndGet();
                            return Mono.empty();
                        })
                        .repeat(() -> System.nanoTime() < end), CALLERS)
                .blockLast(duration.plusSeconds(30));
        long wall = System.nanoTime() - start;
        long cpu = processCpu() - cpuBefore;
        Map<String, Long> threadsAfter = threadCpu();
        Map<String, Long> byGroup = new HashMap<>();
        threadsAfter.forEach((group, nanos) -> byGroup.put(group, nanos - threadsBefore.getOrDefault(group, 0L)));
        connections.disposeLater().block();
        return new Round(ok.get(), errors.get(), wall, cpu, byGroup);
    }

    /** A fresh token for each stretch of load: the test issuer's tokens live 5 minutes, like the realms'. */
    private static String token() {
        return ISSUER.token("fjordvik-admin");
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU time of the live threads, summed per group: backend, load, and the gateway (every other thread). */
    private static Map<String, Long> threadCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> byGroup = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            var info = threads.getThreadInfo(id);
            long nanos = threads.getThreadCpuTime(id);
            if (info == null || nanos < 0) {
                continue;
            }
            byGroup.merge(group(info.getThreadName()), nanos, Long::sum);
        }
        return byGroup;
    }

    private static String group(String threadName) {
        if (threadName.startsWith("backend-")) {
            return "backend";
        }
        if (threadName.startsWith("load-")) {
            return "load";
        }
        return "gateway";
    }

    private static String report(Round direct, Round gateway, long warmUpDirect, long warmUpGateway) {
        Runtime runtime = Runtime.getRuntime();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, """
                ## Gateway throughput and CPU per request (in-module harness), %s

                `GET %s` as a Fjordvik administrator, %d callers with keep-alive, %d rounds of %d s each way
                (alternating, after %d + %d warm-up requests); trivial backend (Reactor Netty, one event loop, %d-byte JSON).
                %d processors, Java %s, load average at the end %.2f. CPU in µs per completed request.

                | | requests/s | errors | process CPU | gateway threads | backend threads | load threads | GC/JIT/VM |
                |---|---|---|---|---|---|---|---|
                """,
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), PATH, CALLERS, ROUNDS, ROUND.toSeconds(),
                warmUpDirect, warmUpGateway, BODY.length, runtime.availableProcessors(), System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        report.append(row("direct", direct)).append(row("through the gateway", gateway));
        report.append(String.format(Locale.ROOT, """

                Throughput ratio %.2f; the gateway adds %.0f µs of process CPU per request.
                """, gateway.perSecond() / direct.perSecond(),
                gateway.cpuMicrosPerRequest(gateway.processCpuNanos()) - direct.cpuMicrosPerRequest(direct.processCpuNanos())));
        return report.toString();
    }

    private static String row(String name, Round round) {
        long threads = round.threadCpuNanos().values().stream().mapToLong(Long::longValue).sum();
        return String.format(Locale.ROOT, "| %s | %.0f | %d | %.0f | %.0f | %.0f | %.0f | %.0f |%n", name, round.perSecond(),
                round.errors(), round.cpuMicrosPerRequest(round.processCpuNanos()),
                round.cpuMicrosPerRequest(round.threadCpuNanos().getOrDefault("gateway", 0L)),
                round.cpuMicrosPerRequest(round.threadCpuNanos().getOrDefault("backend", 0L)),
                round.cpuMicrosPerRequest(round.threadCpuNanos().getOrDefault("load", 0L)),
                round.cpuMicrosPerRequest(round.processCpuNanos() - threads));
    }

    /**
     * The gateway rounds' CPU samples: the methods where the samples were taken (self), the methods on the sampled
     * stacks (total, each method once per stack), the packages of the sampled methods, and the allocation sites.
     */
    private static String hotSpots(Path jfr) throws Exception {
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> total = new HashMap<>();
        Map<String, Long> packages = new HashMap<>();
        Map<String, Long> allocations = new HashMap<>();
        long samples = 0;
        long allocated = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
            String type = event.getEventType().getName();
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            List<RecordedFrame> frames = stack.getFrames();
            if (type.equals("jdk.ExecutionSample")) {
                String thread = event.getThread("sampledThread") != null ? event.getThread("sampledThread").getJavaName() : "";
                if (thread == null || !group(thread).equals("gateway")) {
                    continue;
                }
                samples++;
                self.merge(method(frames.get(0)), 1L, Long::sum);
                packages.merge(packageOf(frames.get(0)), 1L, Long::sum);
                Set<String> seen = new HashSet<>();
                for (RecordedFrame frame : frames) {
                    if (seen.add(method(frame))) {
                        total.merge(method(frame), 1L, Long::sum);
                    }
                }
            } else if (type.equals("jdk.ObjectAllocationSample")) {
                String thread = event.getThread() != null ? event.getThread().getJavaName() : "";
                if (thread == null || !group(thread).equals("gateway")) {
                    continue;
                }
                long weight = event.getLong("weight");
                allocated += weight;
                String site = frames.stream().map(GatewayThroughputBenchmark::method)
                        .filter(m -> !m.startsWith("java.") && !m.startsWith("jdk.") && !m.startsWith("sun."))
                        .findFirst().orElse(method(frames.get(0)));
                allocations.merge(site, weight, Long::sum);
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%n### Hot spots of the gateway's threads (JFR, %d samples)%n", samples));
        out.append(top("Self (where the sample was taken)", self, samples, 25, "%"));
        out.append(top("Total (on the stack)", total, samples, 60, "%"));
        out.append(top("Packages (self)", packages, samples, 25, "%"));
        out.append(top("Allocation sites (first frame outside the JDK), by sampled weight", allocations, allocated, 25, "%"));
        return out.toString();
    }

    private static String top(String title, Map<String, Long> counts, long all, int limit, String unit) {
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        return sorted.stream().limit(limit)
                .map(e -> String.format(Locale.ROOT, "| %5.1f %s | `%s` |", 100.0 * e.getValue() / Math.max(1, all), unit, e.getKey()))
                .collect(Collectors.joining("\n", "\n#### " + title + "\n\n| share | method |\n|---|---|\n", "\n"));
    }

    private static String method(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static String packageOf(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        int dot = type.lastIndexOf('.');
        String pkg = dot < 0 ? "" : type.substring(0, dot);
        String[] parts = pkg.split("\\.");
        return String.join(".", java.util.Arrays.copyOf(parts, Math.min(parts.length, 4)));
    }
}
