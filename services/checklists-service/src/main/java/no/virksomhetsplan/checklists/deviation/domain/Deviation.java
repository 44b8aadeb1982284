package no.virksomhetsplan.checklists.deviation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import no.virksomhetsplan.checklists.overview.domain.CounterDeltas;
import no.virksomhetsplan.checklists.overview.domain.ResponseMeasure;
import no.virksomhetsplan.contracts.checklists.DeviationClosed;
import no.virksomhetsplan.contracts.checklists.DeviationRaised;
import no.virksomhetsplan.platform.domain.RuleViolationException;

/**
 * A deviation (avvik) raised from an answer (kommuneloven § 25-1 c). It is followed up by an assignment in
 * assignments-service with the id {@code followUpId}; it closes when that assignment is done.
 */
public record Deviation(
        UUID id,
        UUID distributionId,
        UUID responseId,
        UUID unitId,
        UUID questionId,
        String description,
        Severity severity,
        String responsible,
        LocalDate deadline,
        boolean closed,
        UUID followUpId,
        String raisedBy,
        Instant raisedAt,
        String closedBy,
        Instant closedAt,
        long version) {

    public static final int MAX_DESCRIPTION_LENGTH = 4000;

    /** What the one who raises it writes. */
    public record Report(String description, Severity severity, String responsible, LocalDate deadline) {
    }

    public static Deviation raise(UUID distributionId, UUID responseId, UUID unitId, UUID questionId, Report report,
            String by, Instant at, LocalDate today) {
        if (report.description() == null || report.description().isBlank()) {
            throw new RuleViolationException("Describe the deviation (description).");
        }
        if (report.description().strip().length() > MAX_DESCRIPTION_LENGTH) {
            throw new RuleViolationException("The description is longer than " + MAX_DESCRIPTION_LENGTH + " characters.");
        }
        if (report.severity() == null) {
            throw new RuleViolationException("Say how severe the deviation is (severity LOW, MEDIUM or HIGH).");
        }
        if (report.responsible() == null || report.responsible().isBlank()) {
            throw new RuleViolationException("Say who follows the deviation up (responsible).");
        }
        if (report.deadline() == null || report.deadline().isBefore(today)) {
            throw new RuleViolationException("The deviation's deadline must be today or later.");
        }
        return new Deviation(UUID.randomUUID(), distributionId, responseId, unitId, questionId, report.description().strip(),
                report.severity(), report.responsible().strip().toLowerCase(Locale.ROOT), report.deadline(), false,
                UUID.randomUUID(), by, at, null, null, 1);
    }

    public DeviationRaised raisedEvent(String checklistTitle, String questionText) {
        return new DeviationRaised(id, distributionId, responseId, unitId, questionId, checklistTitle, questionText, description,
                severity.name(), responsible, deadline, followUpId, raisedBy, raisedAt);
    }

    public CounterDeltas raisedCounts() {
        return new CounterDeltas().add(distributionId, unitId, ResponseMeasure.DEVIATIONS_OPEN, 1);
    }

    /** Closed by the one who completed its follow-up; closing a closed deviation changes nothing. */
    public Deviation close(String by, Instant at) {
        if (closed) {
            return this;
        }
        return new Deviation(id, distributionId, responseId, unitId, questionId, description, severity, responsible, deadline,
                true, followUpId, raisedBy, raisedAt, by, at, version + 1);
    }

    public DeviationClosed closedEvent() {
        return new DeviationClosed(id, distributionId, unitId, followUpId, closedBy, closedAt, version);
    }

    public CounterDeltas closedCounts() {
        return new CounterDeltas().add(distributionId, unitId, ResponseMeasure.DEVIATIONS_OPEN, -1)
                .add(distributionId, unitId, ResponseMeasure.DEVIATIONS_CLOSED, 1);
    }
}
