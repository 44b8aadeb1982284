package no.virksomhetsplan.e2e;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Users who each send a request, wait for the answer, think, and send the next, for a fixed time. With a think time
 * they are the benchmarks' "N concurrent users" (people reading what they asked for before the next click, ADR 0028);
 * without one they send as fast as they are answered, which measures the system's capacity rather than what people
 * see. Answers other than 2xx and transport failures are counted as errors by status, never thrown, so one run says
 * everything.
 *
 * <p>The users are not threads: as in Gatling, each is a chain of asynchronous requests on one HTTP client (a
 * connection per user in flight, kept alive between requests) and a timer for the pauses, so a few threads drive
 * hundreds of users. The load generator shares the machine's two cores with the system; a thread and a selector per
 * user cost it CPU that the system measured would otherwise have had (ADR 0036).
 */
final class ClosedLoopLoad {

    /**
     * @param perMinute the latencies of the requests sent in each minute of the measured time that had any, in order: a
     *                  tail that only the first minutes have (a JIT or a cache still cold) shows apart from a steady one
     */
    record Result(Latencies latencies, long requests, Map<String, Long> errors, double perSecond, List<Minute> perMinute) {

        long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The requests sent in one minute of the measured time; {@code number} counts from 1. */
    record Minute(int number, Latencies latencies, long errors) {
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
            throws InterruptedException {
        long measureFrom = System.nanoTime() + warmUp.toNanos();
        long end = measureFrom + duration.toNanos();
        ExecutorService callbacks = Executors.newFixedThreadPool(2);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(callbacks)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Run run = new Run(client, timer, think, nextRequest, measureFrom, end, users);
        try {
            for (int u = 0; u < users; u++) {
                run.users[u] = new User(run, u);
                run.users[u].pauseThenSend(0, 1);
            }
            run.finished.await();
        } finally {
            timer.shutdownNow();
            callbacks.shutdownNow();
        }
        long[] all = Arrays.stream(run.users).flatMapToLong(user -> Arrays.stream(user.samples, 0, user.count)).toArray();
        Map<String, Long> errorCounts = new TreeMap<>();
        run.errors.forEach((status, count) -> errorCounts.put(status, count.get()));
        return new Result(Latencies.of(all), all.length, errorCounts, all.length / (duration.toMillis() / 1000.0),
                perMinute(run.users, duration));
    }

    private static List<Minute> perMinute(User[] users, Duration duration) {
        int minutes = (int) Math.max(1, (duration.toSeconds() + 59) / 60);
        List<Minute> perMinute = new ArrayList<>();
        for (int minute = 0; minute < minutes; minute++) {
            int m = minute;
            long[] sent = Arrays.stream(users).flatMapToLong(user -> IntStream.range(0, user.count)
                    .filter(i -> user.minutes[i] == m).mapToLong(i -> user.samples[i])).toArray();
            long errors = Arrays.stream(users).mapToLong(user -> IntStream.range(0, user.count)
                    .filter(i -> user.minutes[i] == m && user.failed.get(i)).count()).sum();
            if (sent.length > 0) {
                perMinute.add(new Minute(minute + 1, Latencies.of(sent), errors));
            }
        }
        return perMinute;
    }

    /** What every user shares. */
    private record Run(HttpClient client, ScheduledExecutorService timer, Duration think, IntFunction<HttpRequest> nextRequest,
                       long measureFrom, long end, User[] users, Map<String, AtomicLong> errors, CountDownLatch finished) {

        Run(HttpClient client, ScheduledExecutorService timer, Duration think, IntFunction<HttpRequest> nextRequest,
            long measureFrom, long end, int users) {
            this(client, timer, think, nextRequest, measureFrom, end, new User[users], new ConcurrentHashMap<>(),
                    new CountDownLatch(users));
        }
    }

    /** One user: never more than one request in flight, so its fields are touched by one thread at a time. */
    private static final class User {

        private final Run run;
        private final int number;
        private long[] samples = new long[1024];
        /** The minute of the measured time each sample's request was sent in, and which samples are errors. */
        private short[] minutes = new short[1024];
        private final BitSet failed = new BitSet();
        private int count;
        private int sent;

        User(Run run, int number) {
            this.run = run;
            this.number = number;
        }

        void pauseThenSend(double from, double to) {
            long pauseMillis = run.think.isZero() ? 0
                    : (long) (run.think.toMillis() * ThreadLocalRandom.current().nextDouble(from, to));
            if (pauseMillis == 0) {
                run.timer.execute(this::send);
            } else {
                run.timer.schedule(this::send, pauseMillis, TimeUnit.MILLISECONDS);
            }
        }

        private void send() {
            if (System.nanoTime() >= run.end) {
                run.finished.countDown();
                return;
            }
            HttpRequest request;
            try {
                request = run.nextRequest.apply(number * 1_000_003 + sent++);
            } catch (RuntimeException e) {
                answered(System.nanoTime(), e.getClass().getSimpleName());
                return;
            }
            long start = System.nanoTime();
            CompletableFuture<HttpResponse<Void>> answer = run.client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
            answer.whenComplete((response, failure) -> answered(start, failure != null ? failureName(failure)
                    : response.statusCode() / 100 != 2 ? String.valueOf(response.statusCode()) : null));
        }

        private void answered(long start, String error) {
            long took = System.nanoTime() - start;
            if (start >= run.measureFrom && start < run.end) {
                if (count == samples.length) {
                    samples = Arrays.copyOf(samples, count * 2);
                    minutes = Arrays.copyOf(minutes, count * 2);
                }
                if (error != null) {
                    run.errors.computeIfAbsent(error, key -> new AtomicLong()).incrementAndGet();
                    failed.set(count);
                }
                minutes[count] = (short) ((start - run.measureFrom) / 60_000_000_000L);
                samples[count++] = took;
            }
            pauseThenSend(0.5, 1.5);
        }

        private static String failureName(Throwable failure) {
            Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            return cause.getClass().getSimpleName();
        }
    }
}
