package no.virksomhetsplan.gateway;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where every route's circuit breaker sends a request whose service is down, too slow or shedding load: a
 * quick 503 in problem+json instead of a hanging or empty answer.
 */
@RestController
class FallbackController {

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);
    private static final Pattern CONTEXT = Pattern.compile("^/api/([a-z][a-z0-9-]*)(/.*)?$");

    @RequestMapping("/fallback")
    Mono<Void> serviceUnavailable(ServerWebExchange exchange) {
        String path = OriginalPath.of(exchange);
        // Why the breaker answered for the service: an open breaker, a time-out, or the error that failed the call.
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        log.warn("503 for {} {}: {}", exchange.getRequest().getMethod(), path,
                cause == null ? "no cause given" : cause.getClass().getSimpleName() + ": " + cause.getMessage());
        return Problems.write(exchange, Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", detail(path), path));
    }

    static String detail(String path) {
        Matcher matcher = CONTEXT.matcher(path);
        String service = matcher.matches() ? "The " + matcher.group(1) + " service" : "The service";
        return service + " is not available right now. Please try again in a moment.";
    }
}
