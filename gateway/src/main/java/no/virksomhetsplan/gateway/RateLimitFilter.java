package no.virksomhetsplan.gateway;

import java.util.concurrent.TimeUnit;
import no.virksomhetsplan.gateway.GatewayProperties.RateLimit;
import no.virksomhetsplan.platform.security.Caller;
import no.virksomhetsplan.platform.security.KeycloakClaims;
import no.virksomhetsplan.platform.security.Roles;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Limits how fast each caller may use the API: a token bucket per person (tenant and subject) and per
 * fagsystem client (tenant and client id), with separate limits for the two. Over the limit the answer is
 * 429 in problem+json with {@code Retry-After}, and the request never reaches the service. Runs on routed
 * requests after the token check, so only authenticated callers are counted; the public OpenAPI documents
 * are not limited. Spring Cloud Gateway's own RequestRateLimiter needs Redis, which this system does not
 * have; this limiter counts per gateway replica (ADR 0012).
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

    private static final GrantedAuthority FAGSYSTEM = new SimpleGrantedAuthority("ROLE_" + Roles.FAGSYSTEM);

    private final RateLimit settings;
    private final TokenBuckets buckets = new TokenBuckets();

    RateLimitFilter(GatewayProperties properties) {
        this.settings = properties.rateLimit();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (!settings.enabled()) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .map(token -> {
                    boolean machine = isMachine(token);
                    return buckets.take(key(token, machine), machine ? settings.clients() : settings.people());
                })
                .defaultIfEmpty(0L)
                .flatMap(waitNanos -> waitNanos == 0 ? chain.filter(exchange) : tooManyRequests(exchange, waitNanos));
    }

    /** A client is counted by its client id (azp), a person by the subject; both within their tenant. */
    static String key(JwtAuthenticationToken token) {
        return key(token, isMachine(token));
    }

    private static String key(JwtAuthenticationToken token, boolean machine) {
        Jwt jwt = token.getToken();
        String tenant = jwt.getClaimAsString(KeycloakClaims.TENANT);
        String azp = machine ? jwt.getClaimAsString("azp") : null;
        return azp != null ? tenant + "|client|" + azp : tenant + "|person|" + jwt.getSubject();
    }

    /**
     * A fagsystem client, as {@link Caller#isMachine()} says, read from the authorities the token check made of the
     * token's roles ({@link KeycloakClaims}) instead of reading every role from the token again on each request
     * (ADR 0032).
     */
    static boolean isMachine(JwtAuthenticationToken token) {
        return token.getAuthorities().contains(FAGSYSTEM);
    }

    private static Mono<Void> tooManyRequests(ServerWebExchange exchange, long waitNanos) {
        long seconds = Math.max(1, (long) Math.ceil(waitNanos / (double) TimeUnit.SECONDS.toNanos(1)));
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        String path = exchange.getRequest().getPath().value();
        return Problems.write(exchange, Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                "Too many requests from this caller. Try again in " + seconds + " s.", path));
    }

    /** Before the routes' circuit breakers and retries: a refused request is not a failure of the service. */
    @Override
    public int getOrder() {
        return -10;
    }
}
