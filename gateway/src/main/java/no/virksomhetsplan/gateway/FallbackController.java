package no.virksomhetsplan.gateway;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern CONTEXT = Pattern.compile("^/api/([a-z][a-z0-9-]*)(/.*)?$");

    @RequestMapping("/fallback")
    Mono<Void> serviceUnavailable(ServerWebExchange exchange) {
        String path = OriginalPath.of(exchange);
        return Problems.write(exchange, Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", detail(path), path));
    }

    static String detail(String path) {
        Matcher matcher = CONTEXT.matcher(path);
        String service = matcher.matches() ? "The " + matcher.group(1) + " service" : "The service";
        return service + " is not available right now. Please try again in a moment.";
    }
}
