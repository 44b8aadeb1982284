package no.virksomhetsplan.reporting.report.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.platform.domain.ConflictException;
import no.virksomhetsplan.platform.domain.ForbiddenException;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import no.virksomhetsplan.reporting.period.domain.Period;

/**
 * A unit's report for a period. Filled from the read models, written by the unit's leader, submitted, then approved
 * by the superior (which locks it for good) or returned with a comment for another round. The workflow rules live
 * here; who may act is the application's check against the org tree.
 */
public final class Report {

    private final UUID id;
    private final UUID unitId;
    private final Period period;
    private ReportStatus status;
    private String overallText;
    private String returnComment;
    private final String createdBy;
    private final Instant createdAt;
    private String submittedBy;
    private Instant submittedAt;
    private String decidedBy;
    private Instant decidedAt;
    private final long version;
    private List<ReportItem> items;

    public Report(UUID id, UUID unitId, Period period, ReportStatus status, String overallText, String returnComment,
            String createdBy, Instant createdAt, String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt,
            long version, List<ReportItem> items) {
        this.id = id;
        this.unitId = unitId;
        this.period = period;
        this.status = status;
        this.overallText = overallText;
        this.returnComment = returnComment;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.version = version;
        this.items = List.copyOf(items);
    }

    /**
     * A new draft with what the read models say now; the unfinished assignments of the unit's report for the period
     * before are carried over with the leader's text on them.
     *
     * @param previous the unit's report for the period before, or null
     */
    public static Report create(UUID id, UUID unitId, Period period, String by, Instant at, List<ReportItem> filled,
            Report previous) {
        Map<ReportItem.ItemKey, ReportItem> items = new LinkedHashMap<>();
        filled.forEach(item -> items.put(item.key(), item));
        if (previous != null) {
            for (ReportItem old : previous.items) {
                if (!old.unfinished()) {
                    continue;
                }
                ReportItem now = items.getOrDefault(old.key(), old);
                items.put(old.key(), now.withStatusText(old.statusText()).carriedFrom(previous.period.toString()));
            }
        }
        return new Report(id, unitId, period, ReportStatus.DRAFT, null, null, by, at, null, null, null, null, 0,
                List.copyOf(items.values()));
    }

    /** The leader's overall text and status texts per line; lines not named keep their text. */
    public void write(long expectedVersion, String overall, Map<ReportItem.ItemKey, String> texts) {
        requireEditable("edited");
        requireVersion(expectedVersion);
        for (ReportItem.ItemKey key : texts.keySet()) {
            if (items.stream().noneMatch(item -> item.key().equals(key))) {
                throw new RuleViolationException("items: the report has no " + key.section() + " line " + key.refId() + ".");
            }
        }
        if (overall != null) {
            overallText = overall;
        }
        items = items.stream().map(item -> texts.containsKey(item.key()) ? item.withStatusText(texts.get(item.key())) : item)
                .toList();
    }

    /** Fresh figures from the read models; the leader's texts and carried lines stay. */
    public void refill(List<ReportItem> filled) {
        requireEditable("refilled");
        Map<ReportItem.ItemKey, ReportItem> old = new LinkedHashMap<>();
        items.forEach(item -> old.put(item.key(), item));
        Map<ReportItem.ItemKey, ReportItem> fresh = new LinkedHashMap<>();
        for (ReportItem item : filled) {
            ReportItem before = old.get(item.key());
            fresh.put(item.key(), before == null ? item
                    : item.withStatusText(before.statusText()).carriedFrom(before.carriedFrom()));
        }
        old.values().stream().filter(item -> item.carriedFrom() != null && !fresh.containsKey(item.key()))
                .forEach(item -> fresh.put(item.key(), item));
        items = List.copyOf(fresh.values());
    }

    public void submit(String by, Instant at) {
        requireEditable("submitted");
        status = ReportStatus.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
    }

    /** Approval locks the report. Nobody approves a report they submitted themselves. */
    public void approve(String by, Instant at) {
        requireSubmitted("approved");
        if (by.equals(submittedBy)) {
            throw new ForbiddenException("You submitted this report; your superior approves it.");
        }
        status = ReportStatus.APPROVED;
        decidedBy = by;
        decidedAt = at;
        returnComment = null;
    }

    /** Back to the unit with a comment saying what to change. */
    public void returnWithComment(String by, Instant at, String comment) {
        requireSubmitted("returned");
        if (by.equals(submittedBy)) {
            throw new ForbiddenException("You submitted this report; only your superior can return it.");
        }
        if (comment == null || comment.isBlank()) {
            throw new RuleViolationException("comment: say what should change when you return a report.");
        }
        status = ReportStatus.RETURNED;
        decidedBy = by;
        decidedAt = at;
        returnComment = comment.strip();
    }

    public boolean locked() {
        return status == ReportStatus.APPROVED;
    }

    private void requireEditable(String what) {
        if (locked()) {
            throw new ConflictException("The report is approved and locked; it cannot be " + what + ".");
        }
        if (!status.editable()) {
            throw new ConflictException("The report is " + status.name().toLowerCase() + "; it cannot be " + what
                    + " until it is returned.");
        }
    }

    private void requireSubmitted(String what) {
        if (status != ReportStatus.SUBMITTED) {
            throw new ConflictException("Only a submitted report can be " + what + "; this one is "
                    + status.name().toLowerCase() + ".");
        }
    }

    private void requireVersion(long expected) {
        if (expected != version) {
            throw new ConflictException("The report has changed since version " + expected + " (it is at " + version
                    + "); reload it and write again.");
        }
    }

    public UUID id() {
        return id;
    }

    public UUID unitId() {
        return unitId;
    }

    public Period period() {
        return period;
    }

    public ReportStatus status() {
        return status;
    }

    public String overallText() {
        return overallText;
    }

    public String returnComment() {
        return returnComment;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public long version() {
        return version;
    }

    public List<ReportItem> items() {
        return new ArrayList<>(items);
    }
}
