package no.virksomhetsplan.checklists.template.domain;

import no.virksomhetsplan.platform.domain.RuleViolationException;

final class TemplateTexts {

    static final int MAX_TITLE_LENGTH = 200;

    private TemplateTexts() {
    }

    static String require(String text, int max, String what) {
        if (text == null || text.isBlank()) {
            throw new RuleViolationException(what + " is empty.");
        }
        String trimmed = text.strip();
        if (trimmed.length() > max) {
            throw new RuleViolationException(what + " is longer than " + max + " characters.");
        }
        return trimmed;
    }
}
