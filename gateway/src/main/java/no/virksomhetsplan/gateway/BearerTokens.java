package no.virksomhetsplan.gateway;

import java.util.function.Predicate;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Reads the bearer token from the Authorization header like Spring Security's converter, but checks a well-formed
 * header with a loop over its characters instead of Spring's case-insensitive regular expression, which cost a
 * noticeable share of the gateway's CPU on every request (a token is about a kilobyte; ADR 0032). Anything else (no
 * bearer header, a malformed one) goes to Spring's converter unchanged, so every refusal stays exactly as it was.
 */
final class BearerTokens implements ServerAuthenticationConverter {

    private static final String BEARER = "Bearer ";

    /** {@code [a-zA-Z0-9-._~+/]} as a table: one look-up per character of a kilobyte-long token. */
    private static final boolean[] TOKEN_CHARACTERS = new boolean[128];

    static {
        for (char c = 0; c < TOKEN_CHARACTERS.length; c++) {
            TOKEN_CHARACTERS[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
        }
    }

    private final ServerBearerTokenAuthenticationConverter spring = new ServerBearerTokenAuthenticationConverter();
    private final Predicate<String> checkedBefore;

    /**
     * @param checkedBefore whether a token has passed the gateway's checks before ({@link CheckedTokens#isChecked}): such
     *                      a token came from a well-formed header, so the same string needs no character loop again
     */
    BearerTokens(Predicate<String> checkedBefore) {
        this.checkedBefore = checkedBefore;
    }

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        String token = token(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
        return token != null ? Mono.just(new BearerTokenAuthenticationToken(token)) : spring.convert(exchange);
    }

    /**
     * The token of a well-formed header, or null. A token checked before is taken as it is (the look-up hashes the
     * token once, and the hash stays with the string for the token check that follows); any other token is checked
     * character by character (ADR 0032).
     */
    String token(String authorization) {
        if (authorization != null && authorization.length() > BEARER.length()
                && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String token = authorization.substring(BEARER.length());
            if (checkedBefore.test(token)) {
                return token;
            }
        }
        return wellFormedToken(authorization);
    }

    /**
     * The token of a header that Spring's pattern {@code ^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$} (case-insensitive)
     * accepts; otherwise null.
     */
    static String wellFormedToken(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        int end = authorization.length();
        int padding = end;
        while (padding > BEARER.length() && authorization.charAt(padding - 1) == '=') {
            padding--;
        }
        if (padding == BEARER.length()) {
            return null;
        }
        for (int i = BEARER.length(); i < padding; i++) {
            if (!isTokenCharacter(authorization.charAt(i))) {
                return null;
            }
        }
        return authorization.substring(BEARER.length());
    }

    private static boolean isTokenCharacter(char c) {
        return c < TOKEN_CHARACTERS.length && TOKEN_CHARACTERS[c];
    }
}
