package no.virksomhetsplan.assignments.assignment.domain;

import java.util.Objects;

/**
 * What only an assignment has, beside what every work item has.
 *
 * @param typeCode               one of the municipality's assignment types, e.g. VERBALVEDTAK
 * @param includeInMonthlyReport whether the owning unit's monthly report shows the assignment
 */
public record AssignmentDetails(String typeCode, AssignmentSource source, boolean includeInMonthlyReport) {

    public AssignmentDetails {
        Objects.requireNonNull(typeCode);
        Objects.requireNonNull(source);
    }
}
