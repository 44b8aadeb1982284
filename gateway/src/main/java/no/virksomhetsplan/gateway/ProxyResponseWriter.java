package no.virksomhetsplan.gateway;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CLIENT_RESPONSE_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CLIENT_RESPONSE_CONN_ATTR;

import java.util.List;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.cloud.gateway.filter.headers.TrailerHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;
import reactor.netty.Connection;
import reactor.netty.http.client.HttpClientResponse;

/**
 * Writes the service's body to the caller, after every route filter has run (ADR 0042). It takes the place of Spring
 * Cloud Gateway's {@link NettyWriteResponseFilter} and does the same, except for a body of known, small length: that
 * one is gathered first and goes out with the headers in one write. Passed on piece by piece, the headers left in a
 * packet of their own and the caller woke up twice for one answer. A streaming answer (server-sent events, for
 * example) is flushed piece by piece, and a chunked or large one is passed on as it comes.
 */
class ProxyResponseWriter implements GlobalFilter, Ordered {

    /** Larger bodies stream: the gateway then holds a few pieces of them at a time, not the whole. */
    static final long MAX_GATHERED_BYTES = 64 * 1024;

    private final List<MediaType> streamingMediaTypes;
    private final List<HttpHeadersFilter> headersFilters;

    ProxyResponseWriter(List<MediaType> streamingMediaTypes, List<HttpHeadersFilter> headersFilters) {
        this.streamingMediaTypes = List.copyOf(streamingMediaTypes);
        this.headersFilters = List.copyOf(headersFilters);
    }

    @Override
    public int getOrder() {
        return NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return chain.filter(exchange)
                .then(Mono.defer(() -> write(exchange)))
                .doFinally(signal -> {
                    if (signal == SignalType.CANCEL || signal == SignalType.ON_ERROR) {
                        closeConnection(exchange);
                    }
                });
    }

    private Mono<Void> write(ServerWebExchange exchange) {
        Connection connection = exchange.getAttribute(CLIENT_RESPONSE_CONN_ATTR);
        if (connection == null) {
            return Mono.empty();
        }
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            // Something answered already (a problem, for example): the service's body is not wanted.
            closeConnection(exchange);
            return Mono.empty();
        }
        NettyDataBufferFactory buffers = (NettyDataBufferFactory) response.bufferFactory();
        Flux<DataBuffer> body = connection.inbound().receive().retain().map(buffers::wrap);
        Mono<Void> written;
        if (isStreaming(response)) {
            written = response.writeAndFlushWith(body.map(Flux::just));
        } else if (isSmall(response.getHeaders().getContentLength())) {
            written = response.writeWith(DataBufferUtils.join(body));
        } else {
            written = response.writeWith(body);
        }
        HttpClientResponse answer = exchange.getAttribute(CLIENT_RESPONSE_ATTR);
        return written.then(TrailerHeadersFilter.filter(headersFilters, exchange, answer)).then();
    }

    /** A length of 0 is left to stream too: there is nothing to gather, and the headers go out alone anyway. */
    private static boolean isSmall(long contentLength) {
        return contentLength > 0 && contentLength <= MAX_GATHERED_BYTES;
    }

    private boolean isStreaming(ServerHttpResponse response) {
        MediaType contentType;
        try {
            contentType = response.getHeaders().getContentType();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        return contentType != null && streamingMediaTypes.stream().anyMatch(streaming -> streaming.isCompatibleWith(contentType));
    }

    private static void closeConnection(ServerWebExchange exchange) {
        Connection connection = exchange.getAttribute(CLIENT_RESPONSE_CONN_ATTR);
        if (connection != null) {
            connection.dispose();
        }
    }
}
