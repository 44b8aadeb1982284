package no.virksomhetsplan.contracts.assignments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * An assignment was delegated to a unit (change CREATED), or such a delegation changed; the event carries the
 * delegation's whole state. Keyed by the assignment. Published on {@link no.virksomhetsplan.contracts.Topics#ASSIGNMENTS}.
 *
 * @param delegationId       the delegation
 * @param assignmentId       the assignment it is part of
 * @param parentDelegationId the delegation it was delegated further from, or null when it comes from the assignment
 * @param fromUnitId         the delegating unit
 * @param unitId             the receiving unit
 * @param description        the delegator's words to the receiving unit, or null
 * @param responsible        the responsible person's username, or null when nobody is
 * @param deadline           the deadline, a calendar day in Norway
 * @param status             NOT_STARTED, IN_PROGRESS, DONE, DELAYED or CANCELLED
 * @param trafficLight       GREEN, YELLOW or RED
 * @param overdueSince       the first day it was overdue, or null
 * @param statusNote         the latest dated status comment, or null
 * @param change             what happened: see the schema
 * @param changedBy          who changed it
 * @param changedAt          when (UTC)
 * @param version            the delegation's version after this change
 */
public record DelegationChanged(
        UUID delegationId,
        UUID assignmentId,
        UUID parentDelegationId,
        UUID fromUnitId,
        UUID unitId,
        String description,
        String responsible,
        LocalDate deadline,
        String status,
        String trafficLight,
        LocalDate overdueSince,
        StatusNoteData statusNote,
        String change,
        String changedBy,
        Instant changedAt,
        long version) implements IntegrationEvent {

    public static final String TYPE = "no.virksomhetsplan.assignments.delegation-changed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return "assignment/" + assignmentId;
    }
}
