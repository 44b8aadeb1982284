package no.virksomhetsplan.gateway;

/**
 * The header values Spring Security's firewall accepts by default ({@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}:
 * assigned characters that are not control characters, and the tab), checked with a loop instead of that regular
 * expression. The firewall checks a header each time it is read, and the gateway reads the kilobyte-long
 * {@code Authorization} header on every request (ADR 0032).
 */
final class HeaderValues {

    private HeaderValues() {
    }

    /** As Spring's predicate: a missing value (null) is allowed. */
    static boolean isAllowed(String value) {
        if (value == null) {
            return true;
        }
        int length = value.length();
        for (int i = 0; i < length; ) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                i++;
                continue;
            }
            int codePoint = value.codePointAt(i);
            boolean allowed = Character.getType(codePoint) != Character.UNASSIGNED
                    && (!Character.isISOControl(codePoint) || codePoint == '\t');
            if (!allowed) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
