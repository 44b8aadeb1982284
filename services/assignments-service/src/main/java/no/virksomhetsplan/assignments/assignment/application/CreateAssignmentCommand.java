package no.virksomhetsplan.assignments.assignment.application;

import no.virksomhetsplan.assignments.assignment.domain.Assignment;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;

/**
 * @param unitId      the unit that owns the assignment; null for the caller's own unit
 * @param responsible the responsible person's username, or null for nobody yet
 */
public record CreateAssignmentCommand(OrgUnitId unitId, Assignment.Content content, String responsible) {
}
