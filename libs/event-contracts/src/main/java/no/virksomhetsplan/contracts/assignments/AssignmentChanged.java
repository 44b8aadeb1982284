package no.virksomhetsplan.contracts.assignments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * An assignment (oppdrag) was created or changed; the event carries its whole state, so a replica replaces what it
 * has when the version is newer. Keyed by the assignment, like the events of its delegations and tasks, so one
 * assignment's events stay in order. Published on {@link no.virksomhetsplan.contracts.Topics#ASSIGNMENTS}.
 *
 * @param assignmentId           the assignment
 * @param unitId                 the unit that owns it (whose leader created it)
 * @param type                   the municipality's assignment type code, e.g. VERBALVEDTAK
 * @param title                  what is to be done, in short
 * @param description            longer text, or null
 * @param source                 where the assignment comes from
 * @param includeInMonthlyReport whether the owning unit's monthly report shows it
 * @param responsible            the responsible person's username, or null when nobody is
 * @param deadline               the deadline, a calendar day in Norway
 * @param status                 NOT_STARTED, IN_PROGRESS, DONE, DELAYED or CANCELLED
 * @param trafficLight           GREEN, YELLOW or RED
 * @param overdueSince           the first day it was overdue, or null
 * @param statusNote             the latest dated status comment, or null
 * @param change                 what happened: see the schema
 * @param changedBy              who changed it (a username, or "system" for the deadline jobs)
 * @param changedAt              when (UTC)
 * @param version                the assignment's version after this change
 */
public record AssignmentChanged(
        UUID assignmentId,
        UUID unitId,
        String type,
        String title,
        String description,
        AssignmentSourceData source,
        boolean includeInMonthlyReport,
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

    public static final String TYPE = "no.virksomhetsplan.assignments.assignment-changed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return "assignment/" + assignmentId;
    }
}
