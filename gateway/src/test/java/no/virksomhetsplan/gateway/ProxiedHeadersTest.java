package no.virksomhetsplan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.tracing.propagation.Propagator;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

/** One pass over the headers each way: what the service and the caller get. */
class ProxiedHeadersTest {

    final ProxiedHeaders.ToService toService = new ProxiedHeaders.ToService(
            new TraceContextHeaders(new StaticListableBeanFactory().getBeanProvider(Propagator.class)));

    @Test
    void theServiceGetsEndToEndHeadersOnly() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/plans/units")
                .header("Host", "gateway.example")
                .header("Authorization", "Bearer abc")
                .header("Accept", "application/json", "text/plain")
                .header("Connection", "keep-alive, X-Hop")
                .header("X-Hop", "named by Connection")
                .header("Keep-Alive", "timeout=5")
                .header("TE", "trailers")
                .header("Upgrade", "h2c")
                .header("Proxy-Authorization", "Basic c2VjcmV0")
                .header("Forwarded", "for=10.6.6.6")
                .header("x-forwarded-for", "10.6.6.6")
                .header("X-Forwarded-Proto", "https"));

        io.netty.handler.codec.http.HttpHeaders proxied = toService.headers(exchange.getRequest().getHeaders(), exchange);

        assertThat(proxied.names()).containsExactlyInAnyOrder("Authorization", "Accept");
        assertThat(proxied.getAll("Accept")).containsExactly("application/json", "text/plain");
    }

    @Test
    void theRequestIdGoesToTheService() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/plans/units"));
        exchange.getAttributes().put(RequestIdFilter.class.getName(), "req-1");

        assertThat(toService.headers(exchange.getRequest().getHeaders(), exchange).get(RequestIdFilter.HEADER))
                .isEqualTo(RequestIdFilter.of(exchange));
    }

    @Test
    void aChunkedBodyLosesItsContentLength() {
        MockServerWebExchange chunked = MockServerWebExchange.from(MockServerHttpRequest.post("/api/plans/plans")
                .header("Transfer-Encoding", " chunked ").header("Content-Length", "5"));
        MockServerWebExchange sized = MockServerWebExchange.from(MockServerHttpRequest.post("/api/plans/plans")
                .header("Content-Length", "5"));

        assertThat(toService.headers(chunked.getRequest().getHeaders(), chunked).names()).isEmpty();
        assertThat(toService.headers(sized.getRequest().getHeaders(), sized).get("Content-Length")).isEqualTo("5");
    }

    @Test
    void theCallerGetsTheServicesEndToEndHeadersOnlyWithEveryLine() {
        io.netty.handler.codec.http.HttpHeaders answer = new DefaultHttpHeaders();
        answer.add("Content-Type", "application/json");
        answer.add("Cache-Control", "no-store");
        answer.add("Vary", "Origin");
        answer.add("Vary", "Accept");
        answer.add("Connection", "keep-alive, X-Internal");
        answer.add("connection", "x-other");
        answer.add("X-Internal", "named by Connection");
        answer.add("X-Other", "named by the second Connection line");
        answer.add("Keep-Alive", "timeout=60");
        answer.add("Transfer-Encoding", "chunked");
        answer.add("Trailer", "X-Checksum");
        HttpHeaders response = new HttpHeaders();
        response.add("X-Request-Id", "req-1");

        assertThat(ProxiedHeaders.toCaller(answer, response)).containsExactlyInAnyOrder("Content-Type", "Cache-Control", "Vary");

        assertThat(response.headerNames()).containsExactlyInAnyOrder("X-Request-Id", "Content-Type", "Cache-Control", "Vary");
        assertThat(response.get("Vary")).containsExactly("Origin", "Accept");
    }
}
