package no.virksomhetsplan.checklists.template.domain;

/** The area a checklist belongs to; HSE is HMS (helse, miljø og sikkerhet). */
public enum Area {
    QUALITY, INTERNAL_CONTROL, HSE, HR, OTHER
}
