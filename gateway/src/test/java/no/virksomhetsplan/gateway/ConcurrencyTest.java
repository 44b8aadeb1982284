package no.virksomhetsplan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Many people at once on one service: each gets the service's answer. The circuit breaker's bulkhead (25 concurrent
 * calls by default) and Reactor Netty's connection pool (16 connections and 32 waiting by default) once answered the
 * 26th concurrent request with 503, and those failures opened the breaker for everyone.
 */
class ConcurrencyTest extends GatewayTestBase {

    static final int PEOPLE = 80;

    @LocalServerPort
    int port;

    @Test
    void eightyPeopleWaitingOnASlowServiceAtOnceAllGetItsAnswer() {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, PEOPLE)
                .mapToObj(i -> ISSUER.token("fjordvik-admin", Map.of("sub", UUID.randomUUID().toString())))
                .map(token -> HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/plans/slow"))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(20)).GET().build())
                .map(request -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                .toList();

        List<Integer> statuses = calls.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();

        assertThat(statuses).hasSize(PEOPLE).containsOnly(200);
        assertThat(PLANS.calls()).hasSize(PEOPLE);
    }
}
