package no.virksomhetsplan.gateway;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.config.HttpClientProperties;
import org.springframework.cloud.gateway.filter.NettyRoutingFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.http.client.HttpClient;

/**
 * Spring Cloud Gateway's call to the service, with exactly the header rules of {@link ProxiedHeaders} instead of every
 * {@link HttpHeadersFilter} bean in the context (ADR 0032, third round). It replaces the gateway's own routing filter,
 * which is switched off ({@code spring.cloud.gateway.server.webflux.global-filter.netty-routing.enabled: false}).
 */
class ProxyRoutingFilter extends NettyRoutingFilter {

    private final List<HttpHeadersFilter> headersFilters;

    ProxyRoutingFilter(HttpClient httpClient, HttpClientProperties properties, TraceContextHeaders traceContext) {
        // No provider of header filter beans: this filter's list is fixed.
        super(httpClient, null, properties);
        this.headersFilters = List.of(new ProxiedHeaders.ToService(traceContext), new ProxiedHeaders.ToCaller());
    }

    @Override
    public List<HttpHeadersFilter> getHeadersFilters() {
        return headersFilters;
    }

    @Configuration(proxyBeanMethods = false)
    static class Beans {

        @Bean
        ProxyRoutingFilter proxyRoutingFilter(HttpClient httpClient, HttpClientProperties properties,
                TraceContextHeaders traceContext) {
            return new ProxyRoutingFilter(httpClient, properties, traceContext);
        }

        /** The gateway makes this one only together with its routing filter; it writes the service's body as before. */
        @Bean
        NettyWriteResponseFilter nettyWriteResponseFilter(org.springframework.cloud.gateway.config.GatewayProperties gateway,
                ObjectProvider<List<HttpHeadersFilter>> headersFilters) {
            return new NettyWriteResponseFilter(gateway.getStreamingMediaTypes(), headersFilters);
        }
    }
}
