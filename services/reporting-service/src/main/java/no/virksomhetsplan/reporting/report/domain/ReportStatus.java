package no.virksomhetsplan.reporting.report.domain;

/** Where a report is in its workflow. An approved report is locked: it never changes again. */
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED;

    /** The unit's leader may write and refill it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Submitted or approved: the unit has reported. */
    public boolean reported() {
        return this == SUBMITTED || this == APPROVED;
    }
}
