package no.virksomhetsplan.checklists.response.domain;

/** The answers to a yes/no question; NOT_RELEVANT comes with a reason. */
public enum Choice {
    YES, NO, NOT_RELEVANT
}
