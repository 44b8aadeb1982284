package no.virksomhetsplan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.tracing.propagation.Propagator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

/** One pass over the headers each way: what the service and the caller get. */
class ProxiedHeadersTest {

    final ProxiedHeaders.ToService toService = new ProxiedHeaders.ToService(
            new TraceContextHeaders(new StaticListableBeanFactory().getBeanProvider(Propagator.class)));
    final ProxiedHeaders.ToCaller toCaller = new ProxiedHeaders.ToCaller();

    @Test
    void theServiceGetsEndToEndHeadersOnly() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/plans/units")
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

        HttpHeaders proxied = toService.filter(exchange.getRequest().getHeaders(), exchange);

        assertThat(proxied.headerNames()).containsExactlyInAnyOrder("Authorization", "Accept");
        assertThat(proxied.get("Accept")).containsExactly("application/json", "text/plain");
    }

    @Test
    void aChunkedBodyLosesItsContentLength() {
        MockServerWebExchange chunked = MockServerWebExchange.from(MockServerHttpRequest.post("/api/plans/plans")
                .header("Transfer-Encoding", " chunked ").header("Content-Length", "5"));
        MockServerWebExchange sized = MockServerWebExchange.from(MockServerHttpRequest.post("/api/plans/plans")
                .header("Content-Length", "5"));

        assertThat(toService.filter(chunked.getRequest().getHeaders(), chunked).headerNames()).isEmpty();
        assertThat(toService.filter(sized.getRequest().getHeaders(), sized).getContentLength()).isEqualTo(5);
    }

    @Test
    void theCallerGetsTheServicesEndToEndHeadersOnly() {
        HttpHeaders answer = new HttpHeaders();
        answer.add("Content-Type", "application/json");
        answer.add("Cache-Control", "no-store");
        answer.add("Connection", "keep-alive, X-Internal");
        answer.add("X-Internal", "named by Connection");
        answer.add("Keep-Alive", "timeout=60");
        answer.add("Transfer-Encoding", "chunked");
        answer.add("Trailer", "X-Checksum");

        HttpHeaders passedOn = toCaller.filter(answer, MockServerWebExchange.from(MockServerHttpRequest.get("/")));

        assertThat(passedOn.headerNames()).containsExactlyInAnyOrder("Content-Type", "Cache-Control");
    }
}
