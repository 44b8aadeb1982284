package no.virksomhetsplan.e2e;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Users who each send a request, wait for the answer, think, and send the next, for a fixed time. With a think time
 * they are the benchmarks' "N concurrent users" (people reading what they asked for before the next click, ADR 0028);
 * without one they send as fast as they are answered, which measures the system's capacity rather than what people
 * see. Every user has its own connection. Answers other than 2xx and transport failures are counted as errors by
 * status, never thrown, so one run says everything.
 */
final class ClosedLoopLoad {

    record Result(Latencies latencies, long requests, Map<String, Long> errors, double perSecond) {

        long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private ClosedLoopLoad() {
    }

    /**
     * Runs {@code users} users for {@code warmUp} (not measured) and then {@code duration} (measured).
     *
     * @param think       a user's mean pause between an answer and the next request, drawn evenly from half to one and a
     *                    half of it (and once before the first request, so users do not march in step); zero for none
     * @param nextRequest the request a user sends next, given a running number of that user's requests
     */
    static Result run(int users, Duration warmUp, Duration duration, Duration think, IntFunction<HttpRequest> nextRequest)
            throws Exception {
        long measureFrom = System.nanoTime() + warmUp.toNanos();
        long end = measureFrom + duration.toNanos();
        List<long[]> perUser = new ArrayList<>();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        AtomicLong measured = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        try {
            List<Future<long[]>> running = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                int user = u;
                running.add(pool.submit(() -> {
                    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(5)).build();
                    long[] samples = new long[1024];
                    int count = 0;
                    pause(think, 0, 1);
                    for (int n = 0; System.nanoTime() < end; n++) {
                        HttpRequest request = nextRequest.apply(user * 1_000_003 + n);
                        long start = System.nanoTime();
                        String error = null;
                        try {
                            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() / 100 != 2) {
                                error = String.valueOf(response.statusCode());
                            }
                        } catch (java.io.IOException e) {
                            error = e.getClass().getSimpleName();
                        }
                        long took = System.nanoTime() - start;
                        pause(think, 0.5, 1.5);
                        if (start < measureFrom) {
                            continue;
                        }
                        if (error != null) {
                            errors.computeIfAbsent(error, key -> new AtomicLong()).incrementAndGet();
                        }
                        if (count == samples.length) {
                            samples = java.util.Arrays.copyOf(samples, count * 2);
                        }
                        samples[count++] = took;
                        measured.incrementAndGet();
                    }
                    return java.util.Arrays.copyOf(samples, count);
                }));
            }
            for (Future<long[]> user : running) {
                perUser.add(user.get());
            }
        } finally {
            pool.shutdownNow();
        }
        long[] all = perUser.stream().flatMapToLong(java.util.Arrays::stream).toArray();
        Map<String, Long> errorCounts = new TreeMap<>();
        errors.forEach((status, count) -> errorCounts.put(status, count.get()));
        return new Result(Latencies.of(all), measured.get(), errorCounts, measured.get() / (duration.toMillis() / 1000.0));
    }

    /** Sleeps between {@code from} and {@code to} times the mean think time, evenly drawn. */
    private static void pause(Duration think, double from, double to) throws InterruptedException {
        if (!think.isZero()) {
            Thread.sleep((long) (think.toMillis() * java.util.concurrent.ThreadLocalRandom.current().nextDouble(from, to)));
        }
    }
}
