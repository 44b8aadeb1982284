package no.virksomhetsplan.plans.letter.domain;

/**
 * Where one revision of a letter stands: the sender writes a DRAFT, SENT fixes it and shows it to the receiving
 * unit, ACKNOWLEDGED records that the unit's leader has read it. Only a draft changes.
 */
public enum LetterState {
    DRAFT, SENT, ACKNOWLEDGED
}
