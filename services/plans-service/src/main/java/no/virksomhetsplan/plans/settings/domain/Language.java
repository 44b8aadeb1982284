package no.virksomhetsplan.plans.settings.domain;

import java.util.Arrays;
import no.virksomhetsplan.platform.domain.RuleViolationException;

/** The written languages a municipality can work in: bokmål, nynorsk, English. */
public enum Language {
    NB("nb"), NN("nn"), EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, as the API and the events carry it. */
    public String code() {
        return code;
    }

    public static Language of(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst()
                .orElseThrow(() -> new RuleViolationException("The language must be nb, nn or en, not " + code + "."));
    }
}
