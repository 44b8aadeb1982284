package no.virksomhetsplan.plans.goal.domain;

/** The kind of plan or decision a goal comes from, from the most general to the most specific. */
public enum GoalSourceKind {
    /** Kommuneplanens samfunnsdel: the municipality's long-term goals; such goals belong to the top unit. */
    KOMMUNEPLAN,
    /** A theme plan (temaplan, kommunedelplan), e.g. a plan for health and care. */
    TEMAPLAN,
    /** Handlings- og økonomiplan: the four-year action and economy plan. */
    HOP,
    /** A decision of the council or a committee, with its case number and date. */
    POLITICAL_DECISION
}
