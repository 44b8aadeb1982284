package no.virksomhetsplan.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.ReactiveAuthenticationManagerResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Remembers tokens the gateway has already checked, until they expire, so a person's next request skips the
 * parse, the issuer look-up and the RS256 signature check (ADR 0027). A token is immutable and signed, so what
 * was true of it at its first check stays true until its {@code exp}; nothing is checked less than a fresh check
 * would, except that a signing key withdrawn from Keycloak is noticed at the token's expiry (at most its lifetime,
 * 5 minutes in the realms) rather than at once. Refused tokens are never remembered, and every service behind
 * the gateway checks each token again in full.
 */
final class CheckedTokens implements ReactiveAuthenticationManagerResolver<ServerWebExchange> {

    private final ReactiveAuthenticationManagerResolver<ServerWebExchange> checks;
    private final Cache<String, JwtAuthenticationToken> checked;
    private final Clock clock;

    CheckedTokens(ReactiveAuthenticationManagerResolver<ServerWebExchange> checks, long maximumSize, Clock clock) {
        this.checks = checks;
        this.clock = clock;
        this.checked = Caffeine.newBuilder()
                // The cache's upkeep runs on the thread that uses it, the gateway's event loop: handed to the common
                // pool, it woke a thread of its own for about one request in five.
                .executor(Runnable::run)
                .maximumSize(maximumSize)
                .expireAfter(untilExpiry(clock))
                .build();
    }

    @Override
    public Mono<ReactiveAuthenticationManager> resolve(ServerWebExchange exchange) {
        return Mono.just(authentication -> {
            if (!(authentication instanceof BearerTokenAuthenticationToken bearer)) {
                return checks.resolve(exchange).flatMap(manager -> manager.authenticate(authentication));
            }
            String token = bearer.getToken();
            JwtAuthenticationToken known = checked.getIfPresent(token);
            if (known != null && isValidNow(known)) {
                return Mono.just(known);
            }
            return checks.resolve(exchange)
                    .flatMap(manager -> manager.authenticate(authentication))
                    .doOnNext(result -> remember(token, result));
        });
    }

    /**
     * Whether this token passed every check before and is still remembered (expired or not): it came from a well-formed
     * {@code Authorization} header.
     */
    boolean isChecked(String token) {
        return checked.getIfPresent(token) != null;
    }

    private void remember(String token, Authentication result) {
        if (result instanceof JwtAuthenticationToken jwt && jwt.getToken().getExpiresAt() != null) {
            checked.put(token, jwt);
        }
    }

    /** The cache's own expiry is approximate; the token's {@code exp} is not. */
    private boolean isValidNow(JwtAuthenticationToken jwt) {
        return clock.instant().isBefore(jwt.getToken().getExpiresAt());
    }

    private static Expiry<String, JwtAuthenticationToken> untilExpiry(Clock clock) {
        return new Expiry<>() {
            @Override
            public long expireAfterCreate(String token, JwtAuthenticationToken jwt, long currentTime) {
                Instant expiresAt = jwt.getToken().getExpiresAt();
                return Math.max(0, Duration.between(clock.instant(), expiresAt).toNanos());
            }

            @Override
            public long expireAfterUpdate(String token, JwtAuthenticationToken jwt, long currentTime, long currentDuration) {
                return expireAfterCreate(token, jwt, currentTime);
            }

            @Override
            public long expireAfterRead(String token, JwtAuthenticationToken jwt, long currentTime, long currentDuration) {
                return currentDuration;
            }
        };
    }
}
