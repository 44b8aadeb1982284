package no.virksomhetsplan.assignments.assignment.domain;

import no.virksomhetsplan.platform.domain.RuleViolationException;

final class Texts {

    private Texts() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static void requireAtMost(String value, int max, String what) {
        if (value != null && value.length() > max) {
            throw new RuleViolationException(what + " is at most " + max + " characters.");
        }
    }
}
