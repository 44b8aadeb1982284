package no.virksomhetsplan.assignments.assignment.application;

import java.time.LocalDate;
import no.virksomhetsplan.assignments.assignment.domain.ItemId;

/** @param responsible the username of a person of the delegation's unit (or a unit below it) */
public record AddTaskCommand(ItemId delegationId, String title, String description, String responsible, LocalDate deadline) {
}
