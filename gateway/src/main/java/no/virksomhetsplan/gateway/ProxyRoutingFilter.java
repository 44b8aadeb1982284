package no.virksomhetsplan.gateway;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CLIENT_RESPONSE_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CLIENT_RESPONSE_CONN_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CLIENT_RESPONSE_HEADER_NAMES;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.ORIGINAL_RESPONSE_CONTENT_TYPE_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.PRESERVE_HOST_HEADER_ATTRIBUTE;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.isAlreadyRouted;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.setAlreadyRouted;

import java.net.URI;
import java.time.Duration;
import java.util.Set;
import io.netty.handler.codec.http.HttpMethod;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.config.HttpClientProperties;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyRoutingFilter;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.HttpClientResponse;

/**
 * The call to the service: Spring Cloud Gateway's {@link NettyRoutingFilter} made leaner (ADR 0032, third round; ADR
 * 0040). It replaces that filter, which is switched off
 * ({@code spring.cloud.gateway.server.webflux.global-filter.netty-routing.enabled: false}), and does the same with less:
 * <ul>
 *   <li>the headers for the service are made once, straight into Reactor Netty's headers ({@link ProxiedHeaders}),
 *       not into Spring's and then copied;</li>
 *   <li>the service's headers go straight into the answer, not through a case-insensitive copy first;</li>
 *   <li>the HTTP client is the one configured at start, connect time-out included, not a copy per request.</li>
 * </ul>
 * Per-route time-outs in route metadata are not read: no route has any, and the {@code Resilience} filter's time limit
 * bounds every call. A response time-out from {@code httpclient.response-timeout} still gives 504, as before.
 * {@link ProxyResponseWriter} writes the service's body.
 */
class ProxyRoutingFilter implements GlobalFilter, Ordered {

    private final HttpClient httpClient;
    private final ProxiedHeaders.ToService toService;
    private final Duration responseTimeout;

    ProxyRoutingFilter(HttpClient httpClient, HttpClientProperties properties, TraceContextHeaders traceContext) {
        this.httpClient = httpClient;
        this.toService = new ProxiedHeaders.ToService(traceContext);
        this.responseTimeout = properties.getResponseTimeout();
    }

    @Override
    public int getOrder() {
        return NettyRoutingFilter.ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        URI url = exchange.getRequiredAttribute(GATEWAY_REQUEST_URL_ATTR);
        String scheme = url.getScheme();
        if (isAlreadyRouted(exchange) || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
            return chain.filter(exchange);
        }
        setAlreadyRouted(exchange);

        ServerHttpRequest request = exchange.getRequest();
        io.netty.handler.codec.http.HttpHeaders headers = toService.headers(request.getHeaders(), exchange);
        if (Boolean.TRUE.equals(exchange.getAttribute(PRESERVE_HOST_HEADER_ATTRIBUTE))) {
            String callersHost = request.getHeaders().getFirst(HttpHeaders.HOST);
            if (callersHost != null) {
                headers.set(HttpHeaders.HOST, callersHost);
            }
        }
        Flux<HttpClientResponse> answer = httpClient.headers(outgoing -> outgoing.add(headers))
                .request(HttpMethod.valueOf(request.getMethod().name()))
                .uri(inAscii(url))
                .send((sent, outbound) -> outbound.send(request.getBody().map(NettyDataBufferFactory::toByteBuf)))
                .responseConnection((response, connection) -> {
                    // ProxyResponseWriter writes the body later, after every route filter has run.
                    exchange.getAttributes().put(CLIENT_RESPONSE_ATTR, response);
                    exchange.getAttributes().put(CLIENT_RESPONSE_CONN_ATTR, connection);
                    passOn(response, exchange);
                    return Mono.just(response);
                });
        if (responseTimeout != null) {
            answer = answer.timeout(responseTimeout, Mono.error(() -> new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT,
                    "Response took longer than timeout: " + responseTimeout)));
        }
        return answer.then(chain.filter(exchange));
    }

    /**
     * The URI as Reactor Netty's client takes it without parsing a string of it again (with a regular expression, on every
     * request): the URI itself, unless it holds characters outside ASCII, which are percent-encoded first as before.
     */
    private static URI inAscii(URI url) {
        String ascii = url.toASCIIString();
        return ascii.equals(url.toString()) ? url : URI.create(ascii);
    }

    /**
     * The service's status and headers into the answer to the caller (unless something answered already), and the
     * names of those headers, which a retry removes again.
     */
    private static void passOn(HttpClientResponse service, ServerWebExchange exchange) {
        String contentType = service.responseHeaders().get(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !contentType.isEmpty()) {
            exchange.getAttributes().put(ORIGINAL_RESPONSE_CONTENT_TYPE_ATTR, contentType);
        }
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatusCode.valueOf(service.status().code()));
        if (!response.isCommitted()) {
            Set<String> added = ProxiedHeaders.toCaller(service.responseHeaders(), response.getHeaders());
            exchange.getAttributes().put(CLIENT_RESPONSE_HEADER_NAMES, added);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Beans {

        @Bean
        ProxyRoutingFilter proxyRoutingFilter(HttpClient httpClient, HttpClientProperties properties,
                TraceContextHeaders traceContext) {
            return new ProxyRoutingFilter(httpClient, properties, traceContext);
        }

        /** Writes the service's body; the gateway's own writer comes only with its own routing filter. */
        @Bean
        ProxyResponseWriter proxyResponseWriter(org.springframework.cloud.gateway.config.GatewayProperties gateway,
                ObjectProvider<HttpHeadersFilter> headersFilters) {
            return new ProxyResponseWriter(gateway.getStreamingMediaTypes(), headersFilters.orderedStream().toList());
        }
    }
}
