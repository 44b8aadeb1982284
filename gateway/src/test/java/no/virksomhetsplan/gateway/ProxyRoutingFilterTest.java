package no.virksomhetsplan.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CLIENT_RESPONSE_HEADER_NAMES;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.PRESERVE_HOST_HEADER_ATTRIBUTE;

import java.net.URI;
import java.time.Duration;
import io.micrometer.tracing.propagation.Propagator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.cloud.gateway.config.HttpClientProperties;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/** The call to the service on its own, against a stub service: what the service gets and what the caller's answer holds. */
class ProxyRoutingFilterTest {

    static final StubService SERVICE = StubService.start();

    final ProxyRoutingFilter filter = new ProxyRoutingFilter(HttpClient.create(), new HttpClientProperties(),
            new TraceContextHeaders(new StaticListableBeanFactory().getBeanProvider(Propagator.class)));

    @Test
    void theServiceGetsItsOwnHostAndTheCallerTheServicesStatusAndHeaders() {
        MockServerWebExchange exchange = exchange("/api/plans/status/404");

        route(exchange);

        assertThat(lastCall().header("Host")).isEqualTo(URI.create(SERVICE.baseUrl()).getAuthority());
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(exchange.getResponse().getHeaders().getFirst("Content-Type")).isEqualTo("application/json");
        assertThat(exchange.<Iterable<String>>getAttribute(CLIENT_RESPONSE_HEADER_NAMES))
                .as("the names a retry removes, as the service wrote them")
                .anySatisfy(name -> assertThat(name).isEqualToIgnoringCase("Content-Type"));
    }

    @Test
    void aRouteThatPreservesTheHostPassesTheCallersOn() {
        MockServerWebExchange exchange = exchange("/api/plans/units");
        exchange.getAttributes().put(PRESERVE_HOST_HEADER_ATTRIBUTE, true);

        route(exchange);

        assertThat(lastCall().header("Host")).isEqualTo("plan.example.no");
    }

    private static MockServerWebExchange exchange(String path) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get(path).header("Host", "plan.example.no"));
        exchange.getAttributes().put(GATEWAY_REQUEST_URL_ATTR, URI.create(SERVICE.baseUrl() + path));
        return exchange;
    }

    private void route(MockServerWebExchange exchange) {
        SERVICE.forgetCalls();
        filter.filter(exchange, routed -> Mono.empty()).block(Duration.ofSeconds(10));
    }

    private static StubService.Call lastCall() {
        assertThat(SERVICE.calls()).hasSize(1);
        return SERVICE.calls().get(0);
    }
}
