package no.virksomhetsplan.gateway;

import io.micrometer.observation.Observation;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.util.context.ContextView;

/**
 * Passes the W3C trace context on to the service: the {@code traceparent} of the gateway's span for the request (which
 * continues the caller's trace, or starts one), written into the headers the gateway sends ({@link ProxiedHeaders}).
 * It takes the place of
 * Spring Cloud Gateway's own client observation, which opened a second span and timer for every proxied request
 * (ADR 0032); the request's server observation ({@code http.server.requests}) stays.
 */
@Component
class TraceContextHeaders {

    private final Propagator propagator;

    TraceContextHeaders(ObjectProvider<Propagator> propagator) {
        this.propagator = propagator.getIfAvailable(() -> Propagator.NOOP);
    }

    /** Sets the trace context of the exchange's request span in the headers for the service, if there is a span. */
    void addTo(io.netty.handler.codec.http.HttpHeaders proxied, ServerWebExchange exchange) {
        Span span = span(exchange);
        if (span != null) {
            propagator.inject(span.context(), proxied, (headers, name, value) -> headers.set(name, value));
        }
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
}
