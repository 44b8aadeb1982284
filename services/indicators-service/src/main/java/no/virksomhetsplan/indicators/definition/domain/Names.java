package no.virksomhetsplan.indicators.definition.domain;

import no.virksomhetsplan.platform.domain.RuleViolationException;

/** An indicator's name in Bokmål, Nynorsk and English; the web app shows the one of the municipality's language. */
public record Names(String nb, String nn, String en) {

    public static final int MAX_LENGTH = 200;

    public Names {
        nb = required(nb, "Bokmål (nb)");
        nn = required(nn, "Nynorsk (nn)");
        en = required(en, "English (en)");
    }

    private static String required(String name, String language) {
        if (name == null || name.isBlank()) {
            throw new RuleViolationException("The indicator needs a name in " + language + ".");
        }
        if (name.strip().length() > MAX_LENGTH) {
            throw new RuleViolationException("The indicator's name in " + language + " is at most " + MAX_LENGTH + " characters.");
        }
        return name.strip();
    }
}
