package no.virksomhetsplan.gateway;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ServerWebExchange;

/**
 * The headers of a proxied request and of the service's answer, each made in one pass (ADR 0032, third round), straight
 * into the headers Reactor Netty sends (ADR 0040). Spring Cloud Gateway's own header filters did the same work one rule
 * at a time, each copying every header again.
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

    /**
     * The headers sent to the service, as Reactor Netty's client takes them. Spring's {@link HttpHeaders#forEach} gives
     * each name once whatever its case, with all its values. {@code Host} is left out: the client sets the service's.
     */
    static final class ToService {

        private final TraceContextHeaders traceContext;

        ToService(TraceContextHeaders traceContext) {
            this.traceContext = traceContext;
        }

        io.netty.handler.codec.http.HttpHeaders headers(HttpHeaders incoming, ServerWebExchange exchange) {
            List<String> connection = incoming.getConnection();
            boolean chunked = "chunked".equalsIgnoreCase(trimmed(incoming.getFirst(HttpHeaders.TRANSFER_ENCODING)));
            io.netty.handler.codec.http.HttpHeaders proxied = new DefaultHttpHeaders();
            incoming.forEach((name, values) -> {
                boolean dropped = isHopByHop(name, connection) || isForwarded(name) || HttpHeaders.HOST.equalsIgnoreCase(name)
                        || (chunked && HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name));
                if (!dropped) {
                    proxied.add(name, values);
                }
            });
            String requestId = RequestIdFilter.of(exchange);
            if (requestId != null) {
                proxied.set(RequestIdFilter.HEADER, requestId);
            }
            traceContext.addTo(proxied, exchange);
            return proxied;
        }
    }

    /**
     * Adds the service's headers, without the hop-by-hop ones, to the answer to the caller: straight from the client's
     * headers, one header line at a time, with no copy in between. Returns the names added, so that a retry can take
     * them away again ({@code ServerWebExchangeUtils.reset}).
     */
    static Set<String> toCaller(io.netty.handler.codec.http.HttpHeaders answer, HttpHeaders response) {
        List<String> connection = tokens(answer.getAll(HttpHeaders.CONNECTION));
        Set<String> added = new HashSet<>();
        Iterator<Map.Entry<String, String>> lines = answer.iteratorAsString();
        while (lines.hasNext()) {
            Map.Entry<String, String> line = lines.next();
            if (!isHopByHop(line.getKey(), connection)) {
                response.add(line.getKey(), line.getValue());
                added.add(line.getKey());
            }
        }
        return added;
    }

    /** The comma-separated tokens of a header's values, trimmed (as {@link HttpHeaders#getConnection()} reads them). */
    static List<String> tokens(List<String> values) {
        List<String> tokens = new ArrayList<>(values.size());
        for (String value : values) {
            tokens.addAll(Arrays.asList(StringUtils.tokenizeToStringArray(value, ",")));
        }
        return tokens;
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
