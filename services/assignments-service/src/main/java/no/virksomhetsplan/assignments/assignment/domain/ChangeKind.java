package no.virksomhetsplan.assignments.assignment.domain;

/** What happened to a work item; kept in its history and named in its event. */
public enum ChangeKind {
    /** It was created. */
    CREATED,
    /** Its title, text, responsible person or deadline changed (for an assignment also its type, source or report flag). */
    EDITED,
    /** Its responsible person or a leader set its status, its light or a status comment. */
    STATUS_CHANGED,
    /** Its status or light followed its delegations or tasks. */
    ROLLED_UP,
    /** A leader cancelled it, or the item above it. */
    CANCELLED,
    /** Its deadline passed while it was open. */
    OVERDUE,
    /** A handover gave it a new responsible person. */
    HANDED_OVER
}
