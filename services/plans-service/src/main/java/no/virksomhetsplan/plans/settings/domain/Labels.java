package no.virksomhetsplan.plans.settings.domain;

import no.virksomhetsplan.contracts.plans.MunicipalitySettingsChanged;
import no.virksomhetsplan.plans.common.domain.Texts;

/** A name in all three languages, so whichever language a person reads in, nothing shows up unnamed. */
public record Labels(String nb, String nn, String en) {

    public static final int MAX_LENGTH = 100;

    public Labels {
        nb = Texts.required(nb, "The bokmål name", MAX_LENGTH);
        nn = Texts.required(nn, "The nynorsk name", MAX_LENGTH);
        en = Texts.required(en, "The English name", MAX_LENGTH);
    }

    MunicipalitySettingsChanged.Labels toContract() {
        return new MunicipalitySettingsChanged.Labels(nb, nn, en);
    }
}
