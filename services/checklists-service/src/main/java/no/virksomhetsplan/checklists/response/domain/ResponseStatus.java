package no.virksomhetsplan.checklists.response.domain;

/** A unit's checklist: not touched yet, answers saved as a draft, or submitted (final). */
public enum ResponseStatus {
    NOT_STARTED, DRAFT, SUBMITTED
}
