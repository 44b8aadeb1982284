package no.virksomhetsplan.gateway;

import java.util.ArrayList;
import java.util.List;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * The headers of a proxied request and of the service's answer, each made in one pass (ADR 0032, third round). Spring
 * Cloud Gateway's own header filters did the same work one rule at a time, each copying every header again.
 *
 * <p>To the service: the caller's headers without the hop-by-hop ones (RFC 9110, 7.6.1: {@code Connection} and the
 * headers it names, {@code Keep-Alive}, {@code TE}, {@code Trailer}, {@code Transfer-Encoding}, {@code Upgrade},
 * {@code Proxy-Authorization}, {@code Proxy-Authenticate}), without {@code Forwarded} and {@code X-Forwarded-*} (no
 * trusted proxy in front set them, so they are the caller's word), and without {@code Content-Length} when the body
 * comes chunked (a length next to chunked encoding is how requests are smuggled); then the request id and the trace
 * context. No {@code TE: trailers} is added for gRPC: no service speaks it.
 *
 * <p>To the caller: the service's headers without the hop-by-hop ones.
 */
final class ProxiedHeaders {

    /** The gateway's list (RFC 9110's, and Spring Boot 1's {@code X-Application-Context}). */
    private static final List<String> HOP_BY_HOP = List.of(HttpHeaders.CONNECTION, "Keep-Alive", HttpHeaders.TRANSFER_ENCODING,
            HttpHeaders.TE, HttpHeaders.TRAILER, HttpHeaders.PROXY_AUTHORIZATION, HttpHeaders.PROXY_AUTHENTICATE,
            HttpHeaders.UPGRADE, "X-Application-Context");
    private static final String FORWARDED = "Forwarded";
    private static final String X_FORWARDED = "X-Forwarded-";

    private ProxiedHeaders() {
    }

    /** The headers sent to the service. */
    static final class ToService implements HttpHeadersFilter {

        private final TraceContextHeaders traceContext;

        ToService(TraceContextHeaders traceContext) {
            this.traceContext = traceContext;
        }

        @Override
        public HttpHeaders filter(HttpHeaders incoming, ServerWebExchange exchange) {
            List<String> connection = incoming.getConnection();
            boolean chunked = "chunked".equalsIgnoreCase(trimmed(incoming.getFirst(HttpHeaders.TRANSFER_ENCODING)));
            HttpHeaders proxied = new HttpHeaders();
            incoming.forEach((name, values) -> {
                boolean dropped = isHopByHop(name, connection) || isForwarded(name)
                        || (chunked && HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name));
                if (!dropped) {
                    proxied.put(name, values);
                }
            });
            String requestId = RequestIdFilter.of(exchange);
            if (requestId != null) {
                proxied.set(RequestIdFilter.HEADER, requestId);
            }
            traceContext.addTo(proxied, exchange);
            return proxied;
        }

        @Override
        public boolean supports(Type type) {
            return type == Type.REQUEST;
        }
    }

    /** The service's headers passed on to the caller; the gateway gives this filter a copy of its own. */
    static final class ToCaller implements HttpHeadersFilter {

        @Override
        public HttpHeaders filter(HttpHeaders answer, ServerWebExchange exchange) {
            List<String> connection = answer.getConnection();
            List<String> hopByHop = new ArrayList<>(2);
            for (String name : answer.headerNames()) {
                if (isHopByHop(name, connection)) {
                    hopByHop.add(name);
                }
            }
            hopByHop.forEach(answer::remove);
            return answer;
        }

        @Override
        public boolean supports(Type type) {
            return type == Type.RESPONSE;
        }
    }

    /** {@code namedByConnection}: the tokens of the {@code Connection} header, trimmed ({@link HttpHeaders#getConnection()}). */
    static boolean isHopByHop(String name, List<String> namedByConnection) {
        for (String hopByHop : HOP_BY_HOP) {
            if (hopByHop.equalsIgnoreCase(name)) {
                return true;
            }
        }
        for (String named : namedByConnection) {
            if (named.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    static boolean isForwarded(String name) {
        return FORWARDED.equalsIgnoreCase(name) || name.regionMatches(true, 0, X_FORWARDED, 0, X_FORWARDED.length());
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }
}
