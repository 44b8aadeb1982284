package no.virksomhetsplan.plans.agreement.domain;

/** The two people who agree a leader agreement: the unit's leader and their superior. */
public enum Party {
    LEADER, SUPERIOR
}
