package no.virksomhetsplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load generator itself, against a small local HTTP server: one request in flight per user, pauses, errors. */
class ClosedLoopLoadTest {

    private HttpServer server;
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final AtomicInteger mostInFlightForOneUser = new AtomicInteger();

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            String user = exchange.getRequestHeaders().getFirst("X-User");
            AtomicInteger mine = inFlight.computeIfAbsent(user, key -> new AtomicInteger());
            mostInFlightForOneUser.accumulateAndGet(mine.incrementAndGet(), Math::max);
            try {
                Thread.sleep(5);
                exchange.sendResponseHeaders(user.equals("3") ? 503 : 200, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                mine.decrementAndGet();
                exchange.close();
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void eachUserWaitsForItsAnswerAndPausesAndEveryErrorIsCountedByStatus() throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");

        ClosedLoopLoad.Result result = ClosedLoopLoad.run(10, Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofMillis(100),
                n -> HttpRequest.newBuilder(uri).header("X-User", String.valueOf(n / 1_000_003)).GET().build());

        assertThat(mostInFlightForOneUser).hasValue(1);
        // A user pauses at least 50 ms between an answer and its next request: at most 21 requests in the measured second.
        assertThat(result.requests()).isBetween(10L, 10L * 21);
        assertThat(result.latencies().count()).isEqualTo((int) result.requests());
        // One measured second is one (partial) minute, holding every request.
        assertThat(result.perMinute()).singleElement().satisfies(minute -> {
            assertThat(minute.number()).isEqualTo(1);
            assertThat(minute.latencies().count()).isEqualTo((int) result.requests());
            assertThat(minute.errors()).isEqualTo(result.errorCount());
        });
        assertThat(result.errors()).containsOnlyKeys("503");
        assertThat(result.errorCount()).isPositive().isLessThan(result.requests());
    }

    @Test
    void aRefusedConnectionIsAnErrorNotAnException() throws Exception {
        URI nobody = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        server.stop(0);

        ClosedLoopLoad.Result result = ClosedLoopLoad.run(2, Duration.ZERO, Duration.ofMillis(300), Duration.ofMillis(20),
                n -> HttpRequest.newBuilder(nobody).header("X-User", "0").GET().build());

        assertThat(result.errorCount()).isEqualTo(result.requests()).isPositive();
        assertThat(result.errors()).containsOnlyKeys("ConnectException");
    }
}
