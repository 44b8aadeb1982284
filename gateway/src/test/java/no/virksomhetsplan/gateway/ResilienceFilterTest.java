package no.virksomhetsplan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** One route's circuit breaker and time limit, around chains that answer, hang, fail or have begun to answer. */
class ResilienceFilterTest {

    final CircuitBreaker breaker = CircuitBreaker.of("plans", CircuitBreakerConfig.custom()
            .slidingWindowSize(4).minimumNumberOfCalls(4).failureRateThreshold(50).build());
    final ResilienceGatewayFilterFactory.Protection protection =
            new ResilienceGatewayFilterFactory.Protection(breaker, Duration.ofMillis(200));

    @Test
    void anAnswerPassesThroughAndCountsAsASuccess() {
        MockServerWebExchange exchange = exchange();

        StepVerifier.create(protection.filter(exchange, answering(HttpStatus.OK))).verifyComplete();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(breaker.getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(1);
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsA503ProblemAndAFailedCall() {
        MockServerWebExchange exchange = exchange();

        StepVerifier.create(protection.filter(exchange, ignored -> Mono.never())).verifyComplete();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        StepVerifier.create(exchange.getResponse().getBodyAsString())
                .assertNext(body -> assertThat(body)
                        .contains("\"status\":503")
                        .contains("The plans service is not available right now")
                        .contains("\"instance\":\"/api/plans/units\""))
                .verifyComplete();
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
    }

    @Test
    void anOpenBreakerAnswers503WithoutCallingTheService() {
        for (int i = 0; i < 4; i++) {
            StepVerifier.create(protection.filter(exchange(), failing())).verifyComplete();
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        AtomicInteger calls = new AtomicInteger();
        MockServerWebExchange exchange = exchange();

        StepVerifier.create(protection.filter(exchange, ignored -> Mono.fromRunnable(calls::incrementAndGet)))
                .verifyComplete();

        assertThat(calls).hasValue(0);
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void aFailureAfterTheAnswerHasBegunIsPassedOnNotOverwritten() {
        MockServerWebExchange exchange = exchange();
        GatewayFilterChain beginsThenFails = ignored -> exchange.getResponse().setComplete()
                .then(Mono.error(new IllegalStateException("connection reset")));

        StepVerifier.create(protection.filter(exchange, beginsThenFails))
                .verifyErrorMessage("connection reset");
    }

    @Test
    void theTimeOutNamesTheLimit() {
        MockServerWebExchange exchange = exchange();
        CircuitBreaker recording = CircuitBreaker.ofDefaults("recording");
        var limited = new ResilienceGatewayFilterFactory.Protection(recording, Duration.ofMillis(50));
        Throwable[] seen = new Throwable[1];
        recording.getEventPublisher().onError(event -> seen[0] = event.getThrowable());

        StepVerifier.create(limited.filter(exchange, ignored -> Mono.never())).verifyComplete();

        assertThat(seen[0]).isInstanceOf(TimeoutException.class).hasMessage("No answer within 50 ms");
    }

    private static MockServerWebExchange exchange() {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/api/plans/units"));
    }

    private static GatewayFilterChain answering(HttpStatus status) {
        return exchange -> {
            exchange.getResponse().setStatusCode(status);
            return exchange.getResponse().setComplete();
        };
    }

    private static GatewayFilterChain failing() {
        return exchange -> Mono.error(new java.net.ConnectException("Connection refused"));
    }
}
