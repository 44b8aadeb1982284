package no.virksomhetsplan.assignments.assignment.application;

import no.virksomhetsplan.assignments.assignment.domain.Assignment;
import no.virksomhetsplan.assignments.assignment.domain.ItemId;

/**
 * @param basedOnVersion the version of the assignment the leader edited
 * @param responsible    the responsible person's username, or null for nobody
 */
public record ReviseAssignmentCommand(ItemId assignmentId, long basedOnVersion, Assignment.Content content, String responsible) {
}
