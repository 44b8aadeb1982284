package no.virksomhetsplan.assignments.assignment.domain;

/** Where a work item stands. DONE and CANCELLED close it; the others are open. */
public enum Status {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    DELAYED,
    CANCELLED;

    public boolean isOpen() {
        return this != DONE && this != CANCELLED;
    }
}
