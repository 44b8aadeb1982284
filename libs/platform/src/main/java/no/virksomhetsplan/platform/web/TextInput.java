package no.virksomhetsplan.platform.web;

/**
 * Text a service cannot store: PostgreSQL refuses NUL in text ("invalid byte sequence for encoding UTF8: 0x00"), and
 * an unpaired surrogate is no character at all (it would be stored as "?"). Both are refused at the edge with 400
 * naming the field, in JSON bodies ({@link TextInputModule}) and in query parameters ({@link TextInputFilter}).
 */
public final class TextInput {

    public static final String REFUSAL = "contains a character that is not allowed (NUL or an unpaired surrogate)";

    private TextInput() {
    }

    /** True when the text holds a NUL or a surrogate without its partner. */
    public static boolean refused(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
