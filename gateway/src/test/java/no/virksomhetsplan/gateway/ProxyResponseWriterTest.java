package no.virksomhetsplan.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CLIENT_RESPONSE_CONN_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import io.micrometer.tracing.propagation.Propagator;
import io.netty.buffer.PooledByteBufAllocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivestreams.Publisher;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.cloud.gateway.config.HttpClientProperties;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.http.client.HttpClient;

/**
 * How the service's body reaches the caller, against a stub service: a small body of known length is handed on as one
 * piece (which Reactor Netty writes together with the headers), anything else as it comes, an event stream flushed
 * piece by piece; the caller gets the service's bytes in every case.
 */
class ProxyResponseWriterTest {

    static final StubService SERVICE = StubService.start();

    final ProxyRoutingFilter routing = new ProxyRoutingFilter(HttpClient.create(), new HttpClientProperties(),
            new TraceContextHeaders(new StaticListableBeanFactory().getBeanProvider(Propagator.class)));
    final ProxyResponseWriter writer = new ProxyResponseWriter(List.of(MediaType.TEXT_EVENT_STREAM), List.of());

    /** The stub's path, how the writer hands its body on, and the body the caller gets. */
    static Stream<Arguments> answers() {
        String large = new String(StubService.largeBody(), StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("/api/plans/units", "writeWith(Mono)", StubService.BODY), // small, known length: one piece
                Arguments.of("/api/plans/large", "writeWith(Flux)", large), // over the limit: streams as it comes
                Arguments.of("/api/plans/chunked", "writeWith(Flux)", StubService.BODY), // unknown length: streams
                Arguments.of("/api/plans/events", "writeAndFlushWith", StubService.BODY)); // event stream: flushed piece by piece
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("answers")
    void theBodyIsHandedOnAsItsKindNeedsAndArrivesWhole(String path, String howWritten, String body) {
        Written written = proxy(path);

        assertThat(written.response.howWritten).isEqualTo(howWritten);
        assertThat(written.body()).isEqualTo(body);
    }

    @Test
    void whenSomethingAnsweredAlreadyTheServicesBodyIsDroppedAndItsConnectionClosed() {
        MockServerWebExchange exchange = exchange("/api/plans/units");
        RecordingResponse response = new RecordingResponse(exchange.getResponse());
        ServerWebExchange recorded = exchange.mutate().response(response).build();

        writer.filter(recorded, routed -> routing.filter(routed, done -> Mono.empty())
                .then(Mono.defer(() -> routed.getResponse().setComplete()))).block(Duration.ofSeconds(10));

        assertThat(response.howWritten).isNull();
        assertThat(recorded.<Connection>getAttribute(CLIENT_RESPONSE_CONN_ATTR).isDisposed()).isTrue();
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private Written proxy(String path) {
        MockServerWebExchange exchange = exchange(path);
        RecordingResponse response = new RecordingResponse(exchange.getResponse());
        ServerWebExchange recorded = exchange.mutate().response(response).build();

        writer.filter(recorded, routed -> routing.filter(routed, done -> Mono.empty())).block(Duration.ofSeconds(10));

        return new Written(exchange.getResponse(), response);
    }

    private static MockServerWebExchange exchange(String path) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get(path));
        exchange.getAttributes().put(GATEWAY_REQUEST_URL_ATTR, URI.create(SERVICE.baseUrl() + path));
        return exchange;
    }

    record Written(MockServerHttpResponse mock, RecordingResponse response) {

        String body() {
            return mock.getBodyAsString().block(Duration.ofSeconds(10));
        }
    }

    /**
     * Notes how the body was handed over; Netty's buffers, as in the running gateway (the writer wraps the service's
     * buffers with the answer's buffer factory).
     */
    static final class RecordingResponse extends ServerHttpResponseDecorator {

        private final NettyDataBufferFactory buffers = new NettyDataBufferFactory(PooledByteBufAllocator.DEFAULT);
        String howWritten;

        RecordingResponse(MockServerHttpResponse delegate) {
            super(delegate);
        }

        @Override
        public NettyDataBufferFactory bufferFactory() {
            return buffers;
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            howWritten = body instanceof Mono ? "writeWith(Mono)" : "writeWith(Flux)";
            return super.writeWith(body);
        }

        @Override
        public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
            howWritten = "writeAndFlushWith";
            return super.writeAndFlushWith(body);
        }
    }
}
