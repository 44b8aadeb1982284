package no.virksomhetsplan.assignments.assignment.application;

import java.time.LocalDate;
import no.virksomhetsplan.assignments.assignment.domain.ItemId;
import no.virksomhetsplan.assignments.assignment.domain.ItemKind;

/**
 * The new state of a delegation or a task; what is left as it was is not checked against the caller's rights.
 *
 * @param kind        DELEGATION or TASK
 * @param title       a task's title; ignored for a delegation
 * @param responsible the responsible person's username; null leaves a delegation without one
 */
public record EditItemCommand(ItemId id, ItemKind kind, long basedOnVersion, String title, String description,
        String responsible, LocalDate deadline) {
}
