package no.virksomhetsplan.plans.agreement.domain;

/** A revision of a leader agreement is a DRAFT until both parties have acknowledged it; then it is AGREED and fixed. */
public enum AgreementState {
    DRAFT, AGREED
}
