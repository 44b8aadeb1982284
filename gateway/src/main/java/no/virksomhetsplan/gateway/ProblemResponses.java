package no.virksomhetsplan.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.access.server.BearerTokenServerAccessDeniedHandler;
import org.springframework.security.oauth2.server.resource.web.server.BearerTokenServerAuthenticationEntryPoint;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 and 403 as problem+json, with the standard {@code WWW-Authenticate: Bearer ...} header that clients rely on; and
 * 503 with Retry-After when a token could not be checked at all (its issuer's keys could not be fetched), which Spring
 * Security would otherwise pass on as a 500.
 */
final class ProblemResponses implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler,
        ServerAuthenticationFailureHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    private final BearerTokenServerAuthenticationEntryPoint bearerEntryPoint = new BearerTokenServerAuthenticationEntryPoint();
    private final BearerTokenServerAccessDeniedHandler bearerAccessDenied = new BearerTokenServerAccessDeniedHandler();

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
        return bearerEntryPoint.commence(headersOnly(exchange), e).then(Mono.defer(() -> {
            HttpStatus status = statusOr(exchange, HttpStatus.UNAUTHORIZED);
            String detail = status == HttpStatus.UNAUTHORIZED
                    ? "A valid bearer token from a trusted issuer is required."
                    : "The bearer token was sent in a way this API does not accept.";
            return Problems.write(exchange, Problems.problem(status, status.getReasonPhrase(), detail, path(exchange)));
        }));
    }

    @Override
    public Mono<Void> onAuthenticationFailure(WebFilterExchange filterExchange, AuthenticationException e) {
        ServerWebExchange exchange = filterExchange.getExchange();
        if (e instanceof AuthenticationServiceException) {
            LOG.warn("A bearer token could not be checked: {}", e.getMessage());
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
            return Problems.write(exchange, Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable",
                    "Your sign-in could not be checked just now. Try again in a few seconds.", path(exchange)));
        }
        return commence(exchange, e);
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException e) {
        return bearerAccessDenied.handle(headersOnly(exchange), e)
                .then(Mono.defer(() -> Problems.write(exchange, Problems.problem(HttpStatus.FORBIDDEN,
                        "Forbidden", "This request is not allowed.", path(exchange)))));
    }

    /**
     * Spring's bearer handlers compute the {@code WWW-Authenticate} header (error code, description, scope)
     * and then complete the response without a body. Letting them write headers but not complete the
     * response keeps their header exactly and leaves room for the problem body.
     */
    private static ServerWebExchange headersOnly(ServerWebExchange exchange) {
        ServerHttpResponse response = new ServerHttpResponseDecorator(exchange.getResponse()) {
            @Override
            public Mono<Void> setComplete() {
                return Mono.empty();
            }
        };
        return exchange.mutate().response(response).build();
    }

    /** A malformed Authorization header is a 400 (invalid_request) in RFC 6750; keep the status Spring chose. */
    private static HttpStatus statusOr(ServerWebExchange exchange, HttpStatus fallback) {
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        HttpStatus known = status != null ? HttpStatus.resolve(status.value()) : null;
        return known != null ? known : fallback;
    }

    private static String path(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().value();
    }
}
