package no.virksomhetsplan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The fast path accepts exactly the headers that Spring Security's bearer-token pattern accepts, with the same token;
 * everything else is left to Spring's converter (so its refusals are unchanged).
 */
class BearerTokensTest {

    /** Spring Security's pattern (ServerBearerTokenAuthenticationConverter). */
    private static final Pattern SPRING = Pattern.compile("^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$", Pattern.CASE_INSENSITIVE);

    @Test
    void wellFormedHeadersGiveTheToken() {
        assertThat(BearerTokens.wellFormedToken("Bearer abc.DEF-ghi_~+/=="))
                .isEqualTo("abc.DEF-ghi_~+/==");
        assertThat(BearerTokens.wellFormedToken("bearer abc")).isEqualTo("abc");
        assertThat(BearerTokens.wellFormedToken("BEARER abc")).isEqualTo("abc");
    }

    @Test
    void aTokenCheckedBeforeIsTakenAsItIsAndEveryOtherIsCheckedByItsCharacters() {
        // The stand-in remembers "a b", which no header could have given: it shows that a remembered token is not
        // checked again, while the prefix still is.
        List<String> asked = new ArrayList<>();
        BearerTokens tokens = new BearerTokens(token -> asked.add(token) && (token.equals("abc.def") || token.equals("a b")));

        assertThat(tokens.token("Bearer abc.def")).isEqualTo("abc.def");
        assertThat(tokens.token("bearer a b")).isEqualTo("a b");
        assertThat(tokens.token("Bearer ghi")).isEqualTo("ghi");
        assertThat(tokens.token("Bearer abc.def ")).isNull();
        assertThat(tokens.token("Bearer  abc.def")).isNull();
        assertThat(tokens.token("Bearer a=b")).isNull();
        assertThat(tokens.token("Basic abc.def")).isNull();
        assertThat(tokens.token("Bearerabc.def")).isNull();
        assertThat(tokens.token("Bearer ")).isNull();
        assertThat(tokens.token(null)).isNull();
        assertThat(asked).containsExactly("abc.def", "a b", "ghi", "abc.def ", " abc.def", "a=b");
    }

    @Test
    void anythingElseIsLeftToSpring() {
        assertThat(BearerTokens.wellFormedToken(null)).isNull();
        assertThat(BearerTokens.wellFormedToken("Bearer ")).isNull();
        assertThat(BearerTokens.wellFormedToken("Bearer ==")).isNull();
        assertThat(BearerTokens.wellFormedToken("Bearer  abc")).isNull();
        assertThat(BearerTokens.wellFormedToken("Bearer abc def")).isNull();
        assertThat(BearerTokens.wellFormedToken("Bearer abc\n")).isNull();
        assertThat(BearerTokens.wellFormedToken("Bearer a=b")).isNull();
        assertThat(BearerTokens.wellFormedToken("Basic dXNlcjpwYXNz")).isNull();
        assertThat(BearerTokens.wellFormedToken("Bearerabc")).isNull();
    }

    @Test
    void agreesWithSpringsPatternOnEveryCharacterAndOnRandomHeaders() {
        for (char c = 0; c < 0x3000; c++) {
            String header = "Bearer a" + c;
            assertThat(BearerTokens.wellFormedToken(header) != null).as("character %d", (int) c)
                    .isEqualTo(SPRING.matcher(header).matches());
        }
        String alphabet = "aZ09-._~+/=  \n\t%;,Bb:é\u212A";
        String[] prefixes = {"Bearer ", "bearer ", "BEARER ", "Bearer  ", "Bearer", "Basic ", "Bearerx ", ""};
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder header = new StringBuilder(prefixes[random.nextInt(prefixes.length)]);
            int length = random.nextInt(8);
            for (int j = 0; j < length; j++) {
                header.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Matcher spring = SPRING.matcher(header);
            String expected = spring.matches() ? spring.group("token") : null;
            assertThat(BearerTokens.wellFormedToken(header.toString())).as("[%s]", header).isEqualTo(expected);
        }
    }
}
