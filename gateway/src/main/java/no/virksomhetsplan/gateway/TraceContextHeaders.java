package no.virksomhetsplan.gateway;

import io.micrometer.observation.Observation;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.util.context.ContextView;

/**
 * Passes the W3C trace context on to the service: the {@code traceparent} of the gateway's span for the request (which
 * continues the caller's trace, or starts one), written into the headers the gateway sends. It takes the place of
 * Spring Cloud Gateway's own client observation, which opened a second span and timer for every proxied request
 * (ADR 0032); the request's server observation ({@code http.server.requests}) stays.
 */
@Component
class TraceContextHeaders implements HttpHeadersFilter, Ordered {

    private final Propagator propagator;

    TraceContextHeaders(ObjectProvider<Propagator> propagator) {
        this.propagator = propagator.getIfAvailable(() -> Propagator.NOOP);
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        Span span = span(exchange);
        if (span == null) {
            return input;
        }
        HttpHeaders withTrace = new HttpHeaders();
        withTrace.putAll(input);
        propagator.inject(span.context(), withTrace, HttpHeaders::set);
        return withTrace;
    }

    /** The span of the request's server observation, from the gateway's Reactor context or the exchange. */
    private static Span span(ServerWebExchange exchange) {
        Observation observation = null;
        ContextView context = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_REACTOR_CONTEXT_ATTR);
        if (context != null) {
            observation = context.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
        }
        if (observation == null) {
            ServerRequestObservationContext server = ServerRequestObservationContext.findCurrent(exchange.getAttributes()).orElse(null);
            TracingObservationHandler.TracingContext tracing = server == null ? null : server.get(TracingObservationHandler.TracingContext.class);
            return tracing == null ? null : tracing.getSpan();
        }
        TracingObservationHandler.TracingContext tracing = observation.getContext().get(TracingObservationHandler.TracingContext.class);
        return tracing == null ? null : tracing.getSpan();
    }

    /** After the other header filters, so nothing removes the header again. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
