package no.virksomhetsplan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A valid request reaches its service unchanged, and the answer carries the gateway's headers. */
class RoutingTest extends GatewayTestBase {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @Autowired
    TimeLimiterRegistry timeLimiters;

    @Test
    void validTokenReachesTheServiceWithTheSameAuthorizationHeader() {
        String token = ISSUER.token("fjordvik-admin");

        WebTestClient.ResponseSpec response = web.get().uri("/api/plans/units?year=2027")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus().isOk();

        response.expectBody().json(StubService.BODY);
        assertThat(PLANS.calls()).singleElement().satisfies(call -> {
            assertThat(call.path()).isEqualTo("/api/plans/units");
            assertThat(call.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + token);
        });
    }

    @Test
    void securityHeadersAreOnServiceAnswers() {
        web.get().uri("/api/plans/units")
                .headers(headers -> headers.setBearerAuth(ISSUER.token("fjordvik-admin")))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp)
                        .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'",
                                "img-src 'self' data:")
                        .contains("connect-src 'self' " + ContentSecurityPolicy.origin(ISSUER.issuerUri("fjordvik"))))
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                // Plain http here: HSTS belongs only on https answers.
                .expectHeader().doesNotExist("Strict-Transport-Security");
    }

    @Test
    void theServiceGetsTheCallersHeadersButNotForwardingOrHopByHopOnes() {
        web.get().uri("/api/plans/units")
                .headers(headers -> headers.setBearerAuth(ISSUER.token("fjordvik-admin")))
                .header("Accept-Language", "nn-NO")
                .header("X-Forwarded-For", "10.6.6.6")
                .header("X-Forwarded-Host", "evil.example")
                .header("Forwarded", "for=10.6.6.6;host=evil.example")
                .header("Proxy-Authorization", "Basic c2VjcmV0")
                .exchange()
                .expectStatus().isOk();

        assertThat(PLANS.calls()).singleElement().satisfies(call -> {
            assertThat(call.header("Accept-Language")).isEqualTo("nn-NO");
            assertThat(call.header("Authorization")).startsWith("Bearer ");
            assertThat(call.header("X-Forwarded-For")).isNull();
            assertThat(call.header("X-Forwarded-Host")).isNull();
            assertThat(call.header("Forwarded")).isNull();
            assertThat(call.header("Proxy-Authorization")).isNull();
        });
    }

    @Test
    void requestIdIsCreatedPassedOnAndEchoed() {
        String echoed = web.get().uri("/api/plans/units")
                .headers(headers -> headers.setBearerAuth(ISSUER.token("fjordvik-admin")))
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst(RequestIdFilter.HEADER);

        assertThat(echoed).isNotNull();
        assertThat(UUID.fromString(echoed)).hasToString(echoed);
        assertThat(PLANS.calls()).singleElement()
                .satisfies(call -> assertThat(call.header(RequestIdFilter.HEADER)).isEqualTo(echoed));
    }

    @Test
    void callersRequestIdIsKept() {
        web.get().uri("/api/plans/units")
                .headers(headers -> headers.setBearerAuth(ISSUER.token("fjordvik-admin")))
                .header(RequestIdFilter.HEADER, "client-42.a")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(RequestIdFilter.HEADER, "client-42.a");

        assertThat(PLANS.calls()).singleElement()
                .satisfies(call -> assertThat(call.header(RequestIdFilter.HEADER)).isEqualTo("client-42.a"));
    }

    @Test
    void requestIdThatIsNoIdIsReplaced() {
        String forged = "x".repeat(129);
        String echoed = web.get().uri("/api/plans/units")
                .headers(headers -> headers.setBearerAuth(ISSUER.token("fjordvik-admin")))
                .header(RequestIdFilter.HEADER, forged)
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst(RequestIdFilter.HEADER);

        assertThat(echoed).isNotEqualTo(forged);
        assertThat(PLANS.calls()).singleElement()
                .satisfies(call -> assertThat(call.header(RequestIdFilter.HEADER)).isEqualTo(echoed));
    }

    @Test
    void incomingTraceContextIsContinued() {
        web.get().uri("/api/plans/units")
                .headers(headers -> headers.setBearerAuth(ISSUER.token("fjordvik-admin")))
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .exchange()
                .expectStatus().isOk();

        assertThat(PLANS.calls()).singleElement()
                .satisfies(call -> assertThat(call.header("traceparent")).startsWith("00-" + TRACE_ID + "-"));
    }

    @Test
    void traceContextIsStartedWhenNoneCameIn() {
        web.get().uri("/api/plans/units")
                .headers(headers -> headers.setBearerAuth(ISSUER.token("fjordvik-admin")))
                .exchange()
                .expectStatus().isOk();

        assertThat(PLANS.calls()).singleElement()
                .satisfies(call -> assertThat(call.header("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"));
    }

    @Test
    void readsAreRetriedWhenTheServiceIsUnavailable() {
        web.get().uri("/api/plans/status/503")
                .headers(headers -> headers.setBearerAuth(ISSUER.token("fjordvik-admin")))
                .exchange()
                .expectStatus().isEqualTo(503);

        assertThat(PLANS.calls()).hasSize(3);
    }

    @Test
    void writesAreNeverRetried() {
        web.post().uri("/api/plans/status/503")
                .headers(headers -> headers.setBearerAuth(ISSUER.token("fjordvik-admin")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"Plan 2027\"}")
                .exchange()
                .expectStatus().isEqualTo(503);

        assertThat(PLANS.calls()).singleElement().satisfies(call -> assertThat(call.method()).isEqualTo("POST"));
    }

    @Test
    void serverErrorsOtherThanUnavailableAreNotRetried() {
        web.get().uri("/api/plans/status/500")
                .headers(headers -> headers.setBearerAuth(ISSUER.token("fjordvik-admin")))
                .exchange()
                .expectStatus().isEqualTo(500);

        assertThat(PLANS.calls()).hasSize(1);
    }

    @Test
    void slowServiceIsGivenMoreThanResilience4jsOneSecondDefault() {
        web.get().uri("/api/plans/slow")
                .headers(headers -> headers.setBearerAuth(ISSUER.token("fjordvik-admin")))
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void serviceThatIsDownAnswersQuicklyWithProblemJson() {
        String token = ISSUER.token("fjordvik-admin");
        // The first request through a fresh context loads and links many classes; time the second one.
        web.get().uri("/api/reporting/warm-up").headers(headers -> headers.setBearerAuth(token)).exchange()
                .expectStatus().isEqualTo(503);

        long start = System.nanoTime();
        web.get().uri("/api/reporting/reports/2027-T1")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.title").isEqualTo("Service unavailable")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("reporting"))
                .jsonPath("$.instance").isEqualTo("/api/reporting/reports/2027-T1");
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(elapsed).isLessThan(Duration.ofSeconds(2));
        assertThat(circuitBreakers.find("reporting")).get()
                .satisfies(breaker -> assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isGreaterThanOrEqualTo(2));
    }

    @Test
    void eachRouteHasItsOwnCircuitBreakerWithTheSharedDefaults() {
        String token = ISSUER.token("fjordvik-admin");
        // One route answering, one whose service is down: each has its own breaker either way.
        web.get().uri("/api/plans/units").headers(headers -> headers.setBearerAuth(token)).exchange().expectStatus().isOk();
        web.get().uri("/api/reporting/reports").headers(headers -> headers.setBearerAuth(token)).exchange()
                .expectStatus().isEqualTo(503);

        CircuitBreaker plans = circuitBreakers.find("plans").orElseThrow();
        CircuitBreaker reporting = circuitBreakers.find("reporting").orElseThrow();
        assertThat(plans).isNotSameAs(reporting);
        for (CircuitBreaker breaker : new CircuitBreaker[] {plans, reporting}) {
            assertThat(breaker.getCircuitBreakerConfig().getSlidingWindowSize()).isEqualTo(20);
            assertThat(breaker.getCircuitBreakerConfig().getFailureRateThreshold()).isEqualTo(50f);
        }
        assertThat(timeLimiters.getDefaultConfig().getTimeoutDuration()).isEqualTo(Duration.ofSeconds(10));
    }
}
