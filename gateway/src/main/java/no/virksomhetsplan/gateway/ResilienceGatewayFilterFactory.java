package no.virksomhetsplan.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.support.HasRouteId;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Every route's protection around the call to its service: a Resilience4j circuit breaker of its own (named after the
 * route id, with the shared defaults from {@code resilience4j.circuitbreaker}), a time limit (from
 * {@code resilience4j.timelimiter}), and a quick 503 in problem+json instead of a hanging or empty answer when the
 * breaker is open, the time is up or the service cannot be reached.
 *
 * <p>Built on Resilience4j's own Reactor operator, with the breaker and the time limit looked up once per route.
 * Spring Cloud CircuitBreaker's filter did the same through a wrapper that looked the breaker and the time limiter up
 * in their registries (with a merged tag map) on every request, let Reactor build a description of the time-out on
 * every request, and forwarded a failure to a fallback controller through the dispatcher again (ADR 0032).
 */
@Component
class ResilienceGatewayFilterFactory extends AbstractGatewayFilterFactory<ResilienceGatewayFilterFactory.Config> {

    private static final Logger log = LoggerFactory.getLogger(ResilienceGatewayFilterFactory.class);
    private static final Pattern CONTEXT = Pattern.compile("^/api/([a-z][a-z0-9-]*)(/.*)?$");

    private final CircuitBreakerRegistry circuitBreakers;
    private final TimeLimiterRegistry timeLimiters;

    ResilienceGatewayFilterFactory(CircuitBreakerRegistry circuitBreakers, TimeLimiterRegistry timeLimiters) {
        super(Config.class);
        this.circuitBreakers = circuitBreakers;
        this.timeLimiters = timeLimiters;
    }

    @Override
    public GatewayFilter apply(Config config) {
        String routeId = config.getRouteId();
        Duration timeLimit = timeLimiters.timeLimiter(routeId).getTimeLimiterConfig().getTimeoutDuration();
        return new Protection(circuitBreakers.circuitBreaker(routeId), timeLimit);
    }

    /** The filter of one route. */
    static final class Protection implements GatewayFilter {

        private final CircuitBreakerOperator<Void> breaker;
        private final Duration timeLimit;
        private final Mono<Void> timedOut;

        Protection(CircuitBreaker breaker, Duration timeLimit) {
            this.breaker = CircuitBreakerOperator.of(breaker);
            this.timeLimit = timeLimit;
            // With a fallback publisher, Reactor's timeout builds no description of itself on each request.
            this.timedOut = Mono.error(() -> new TimeoutException("No answer within " + timeLimit.toMillis() + " ms"));
        }

        @Override
        public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
            // The time-out is inside the breaker, so the breaker counts it as a failed call.
            return chain.filter(exchange)
                    .timeout(timeLimit, timedOut)
                    .transform(breaker)
                    .onErrorResume(failure -> serviceUnavailable(exchange, failure));
        }
    }

    /** The call failed, timed out or was not made (open breaker): a 503, unless the service's answer has begun. */
    static Mono<Void> serviceUnavailable(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        String path = exchange.getRequest().getPath().value();
        log.warn("503 for {} {}: {}: {}", exchange.getRequest().getMethod(), path, failure.getClass().getSimpleName(),
                failure.getMessage());
        return Problems.write(exchange, Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
                detail(path), path));
    }

    static String detail(String path) {
        Matcher matcher = CONTEXT.matcher(path);
        String service = matcher.matches() ? "The " + matcher.group(1) + " service" : "The service";
        return service + " is not available right now. Please try again in a moment.";
    }

    /** No arguments: the route id names the breaker and the time limiter, and the gateway sets it. */
    public static class Config implements HasRouteId {

        private String routeId;

        @Override
        public void setRouteId(String routeId) {
            this.routeId = routeId;
        }

        @Override
        public String getRouteId() {
            return routeId;
        }
    }
}
