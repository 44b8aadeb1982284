package no.virksomhetsplan.plans.common.domain;

import no.virksomhetsplan.platform.domain.RuleViolationException;

/** How free text from people is kept: trimmed, blank as absent, within a length; the rule names the field. */
public final class Texts {

    private Texts() {
    }

    /** The text trimmed, or null if it is blank. */
    public static String optional(String value, String name, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw new RuleViolationException(name + " is longer than " + maxLength + " characters.");
        }
        return text;
    }

    /** The text trimmed. @throws RuleViolationException if it is blank */
    public static String required(String value, String name, int maxLength) {
        String text = optional(value, name, maxLength);
        if (text == null) {
            throw new RuleViolationException(name + " is required.");
        }
        return text;
    }
}
