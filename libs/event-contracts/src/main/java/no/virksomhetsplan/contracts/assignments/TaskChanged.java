package no.virksomhetsplan.contracts.assignments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * A task (oppgave) was added to a delegation (change CREATED), or it changed; the event carries the task's whole
 * state. Keyed by the assignment. Published on {@link no.virksomhetsplan.contracts.Topics#ASSIGNMENTS}.
 *
 * @param taskId       the task
 * @param assignmentId the assignment it is part of
 * @param delegationId the delegation it is a piece of
 * @param unitId       the unit of the delegation
 * @param title        what is to be done
 * @param description  longer text, or null
 * @param responsible  the responsible person's username
 * @param deadline     the deadline, a calendar day in Norway
 * @param status       NOT_STARTED, IN_PROGRESS, DONE, DELAYED or CANCELLED
 * @param trafficLight GREEN, YELLOW or RED
 * @param overdueSince the first day it was overdue, or null
 * @param statusNote   the latest dated status comment, or null
 * @param change       what happened: see the schema
 * @param changedBy    who changed it
 * @param changedAt    when (UTC)
 * @param version      the task's version after this change
 */
public record TaskChanged(
        UUID taskId,
        UUID assignmentId,
        UUID delegationId,
        UUID unitId,
        String title,
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

    public static final String TYPE = "no.virksomhetsplan.assignments.task-changed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return "assignment/" + assignmentId;
    }
}
