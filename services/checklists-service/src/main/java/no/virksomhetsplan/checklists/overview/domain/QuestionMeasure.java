package no.virksomhetsplan.checklists.overview.domain;

/** What the overview counts of the submitted answers to a question: answered at all, and how. */
public enum QuestionMeasure {
    ANSWERED, YES, NO, NOT_RELEVANT, CHECKED, UNCHECKED
}
