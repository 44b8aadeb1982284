package no.virksomhetsplan.checklists.distribution.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.virksomhetsplan.checklists.template.domain.TemplateId;
import no.virksomhetsplan.contracts.checklists.DistributionClosed;
import no.virksomhetsplan.platform.domain.ConflictException;
import no.virksomhetsplan.platform.domain.RuleViolationException;

/**
 * A template version given to units for a period, with a deadline. Open until the deadline has passed or someone
 * locks it (CLOSED); after that its checklists are read, never answered.
 */
public record Distribution(
        DistributionId id,
        TemplateId templateId,
        int templateVersion,
        String title,
        Period period,
        LocalDate deadline,
        boolean includeInMonthlyReport,
        boolean closed,
        long version,
        String createdBy,
        Instant createdAt) {

    public static final int MAX_TITLE_LENGTH = 300;

    public static Distribution create(TemplateId templateId, int templateVersion, String title, Period period,
            LocalDate deadline, boolean includeInMonthlyReport, String by, Instant at, LocalDate today) {
        if (title == null || title.isBlank()) {
            throw new RuleViolationException("The checklist's title is empty.");
        }
        if (title.strip().length() > MAX_TITLE_LENGTH) {
            throw new RuleViolationException("The checklist's title is longer than " + MAX_TITLE_LENGTH + " characters.");
        }
        if (deadline == null) {
            throw new RuleViolationException("Say when the checklist must be answered (deadline).");
        }
        if (deadline.isBefore(today)) {
            throw new RuleViolationException("The deadline " + deadline + " has passed.");
        }
        if (deadline.isBefore(period.firstDay())) {
            throw new RuleViolationException("The deadline " + deadline + " is before the period " + period.label() + " begins.");
        }
        return new Distribution(new DistributionId(UUID.randomUUID()), templateId, templateVersion, title.strip(), period,
                deadline, includeInMonthlyReport, false, 1, by, at);
    }

    /** Nothing more may be answered: it is locked, or its deadline has passed. */
    public void requireOpen(LocalDate today) {
        if (closed) {
            throw new ConflictException("The checklist \"" + title + "\" is locked: nothing more is answered in it.");
        }
        if (today.isAfter(deadline)) {
            throw new ConflictException("The deadline of the checklist \"" + title + "\" was " + deadline
                    + ": nothing more is answered in it.");
        }
    }

    public Distribution close(long basedOnVersion) {
        if (basedOnVersion != version) {
            throw new ConflictException("The distribution changed since version " + basedOnVersion + "; it is at version " + version + ".");
        }
        if (closed) {
            throw new ConflictException("The distribution is locked already.");
        }
        return new Distribution(id, templateId, templateVersion, title, period, deadline, includeInMonthlyReport, true,
                version + 1, createdBy, createdAt);
    }

    public DistributionClosed closedEvent(String by, Instant at) {
        return new DistributionClosed(id.value(), by, at, version);
    }
}
