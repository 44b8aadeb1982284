package no.virksomhetsplan.assignments.assignment.application;

import java.time.LocalDate;
import no.virksomhetsplan.assignments.assignment.domain.ItemId;
import no.virksomhetsplan.assignments.assignment.domain.ItemKind;
import no.virksomhetsplan.assignments.assignment.domain.Status;
import no.virksomhetsplan.assignments.assignment.domain.TrafficLight;

/**
 * @param status      the new status; null keeps it (a comment only)
 * @param light       the light to show; null keeps it (DONE makes it green, DELAYED red)
 * @param comment     a status comment, or null
 * @param commentDate the day the comment speaks of; null for today
 */
public record ChangeStatusCommand(ItemId id, ItemKind kind, long basedOnVersion, Status status, TrafficLight light,
        String comment, LocalDate commentDate) {
}
