package no.virksomhetsplan.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.ReactiveAuthenticationManagerResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

class CheckedTokensTest {

    private final Instant start = Instant.parse("2027-03-01T08:00:00Z");
    private final MovableClock clock = new MovableClock(start);
    /** The real check stands in at the edge: it accepts tokens named "good-*", valid for five minutes. */
    private final List<String> checkedTokens = new ArrayList<>();
    private final ReactiveAuthenticationManagerResolver<ServerWebExchange> checks = exchange -> Mono.just(this::check);
    private final CheckedTokens tokens = new CheckedTokens(checks, 100, clock);

    @Test
    void a_token_counts_as_checked_once_it_has_passed_and_a_refused_one_never() {
        assertThat(tokens.isChecked("good-2")).isFalse();
        authenticate("good-2");
        assertThat(tokens.isChecked("good-2")).isTrue();

        assertThatThrownBy(() -> authenticate("forged")).isInstanceOf(BadCredentialsException.class);
        assertThat(tokens.isChecked("forged")).isFalse();
    }

    @Test
    void a_token_is_checked_once_while_it_is_valid() {
        Authentication first = authenticate("good-1");
        clock.advance(Duration.ofMinutes(4));
        Authentication second = authenticate("good-1");

        assertThat(second).isSameAs(first);
        assertThat(checkedTokens).containsExactly("good-1");
    }

    @Test
    void an_expired_token_is_checked_again_and_refused() {
        authenticate("good-1");
        clock.advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> authenticate("good-1")).isInstanceOf(BadCredentialsException.class);
        assertThat(checkedTokens).containsExactly("good-1", "good-1");
    }

    @Test
    void a_refused_token_is_not_remembered() {
        assertThatThrownBy(() -> authenticate("forged")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> authenticate("forged")).isInstanceOf(BadCredentialsException.class);

        assertThat(checkedTokens).containsExactly("forged", "forged");
    }

    @Test
    void each_token_is_remembered_as_itself() {
        Authentication one = authenticate("good-1");
        Authentication two = authenticate("good-2");

        assertThat(((JwtAuthenticationToken) one).getToken().getTokenValue()).isEqualTo("good-1");
        assertThat(((JwtAuthenticationToken) two).getToken().getTokenValue()).isEqualTo("good-2");
        assertThat(authenticate("good-2")).isSameAs(two);
    }

    private Authentication authenticate(String token) {
        return tokens.resolve(null)
                .flatMap(manager -> manager.authenticate(new BearerTokenAuthenticationToken(token)))
                .block();
    }

    private Mono<Authentication> check(Authentication authentication) {
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        checkedTokens.add(token);
        Instant issuedAt = Instant.parse("2027-03-01T08:00:00Z");
        if (!token.startsWith("good-") || !clock.instant().isBefore(issuedAt.plus(Duration.ofMinutes(5)))) {
            return Mono.error(new BadCredentialsException("invalid token"));
        }
        Jwt jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject(token)
                .issuedAt(issuedAt).expiresAt(issuedAt.plus(Duration.ofMinutes(5))).build();
        return Mono.just(new JwtAuthenticationToken(jwt));
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
