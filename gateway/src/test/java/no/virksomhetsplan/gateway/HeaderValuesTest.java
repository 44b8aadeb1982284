package no.virksomhetsplan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/** The loop accepts exactly the header values that Spring Security's firewall accepts by default. */
class HeaderValuesTest {

    /** Spring Security's pattern for header values (StrictServerWebExchangeFirewall). */
    private static final Pattern SPRING = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void agreesWithSpringOnEveryCharacter() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String value = "a" + (char) c + "b";
            assertThat(HeaderValues.isAllowed(value)).as("character %d", c).isEqualTo(SPRING.matcher(value).matches());
        }
    }

    @Test
    void agreesWithSpringOnCodePointsBeyondTheFirstPlaneAndOnLoneSurrogates() {
        for (int codePoint = Character.MIN_SUPPLEMENTARY_CODE_POINT; codePoint <= Character.MAX_CODE_POINT; codePoint += 7) {
            String value = "a" + Character.toString(codePoint);
            assertThat(HeaderValues.isAllowed(value)).as("code point %d", codePoint).isEqualTo(SPRING.matcher(value).matches());
        }
        for (String value : new String[] {"\uD800", "a\uDC00", "\uDBFF\uDBFF", "\uDB40\uDC01", "\uDB40\uDC80"}) {
            assertThat(HeaderValues.isAllowed(value)).as("[%s]", value).isEqualTo(SPRING.matcher(value).matches());
        }
    }

    @Test
    void agreesWithSpringOnRandomValuesAndIsTheFirewallsDefault() {
        String alphabet = "aZ09 -._~+/=\t\n\r\u0000\u007f\u0085\u00a0é\u0378\u2028\uD83D\uDE00\uD800\uFFFF";
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(10);
            for (int j = 0; j < length; j++) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = value.toString();
            assertThat(HeaderValues.isAllowed(text)).as("[%s]", text).isEqualTo(SPRING.matcher(text).matches());
            assertThat(HeaderValues.isAllowed(text)).as("[%s]", text).isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(text));
        }
        assertThat(HeaderValues.isAllowed(null)).isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(null)).isTrue();
    }
}
