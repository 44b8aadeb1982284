package no.virksomhetsplan.gateway;

import java.util.UUID;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an id that the services log and the caller gets back, so one request can be followed
 * across the system. A caller's own id is kept if it looks like an id; anything else (too long, odd
 * characters that could forge log lines) is replaced by a fresh UUID.
 *
 * <p>The id is chosen once per request and kept as an exchange attribute; it is written only where it is needed: into
 * the headers the gateway sends to the service ({@link ProxiedHeaders}, on the copy the gateway makes for the proxied
 * request anyway) and into the answer. The request itself is not rebuilt with another header (ADR 0032).
 */
@Component
class RequestIdFilter implements WebFilter, Ordered {

    static final String HEADER = "X-Request-Id";

    private static final String ATTRIBUTE = RequestIdFilter.class.getName();
    private static final int MAX_LENGTH = 128;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String incoming = exchange.getRequest().getHeaders().getFirst(HEADER);
        String id = isAcceptable(incoming) ? incoming : UUID.randomUUID().toString();
        exchange.getAttributes().put(ATTRIBUTE, id);
        // Set just before the response is committed: the gateway replaces response headers with the
        // service's own (and clears them again before a retry).
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(HEADER, id);
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    /** The id chosen for this request; null before this filter ran (a request the gateway never saw). */
    static String of(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }

    /** Like the pattern {@code [A-Za-z0-9._:-]{1,128}}, without a regular expression on every request. */
    static boolean isAcceptable(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == ':' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** First of all filters, so even a 401 from the security filters carries the id. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
