package no.virksomhetsplan.assignments.assignment.domain;

import java.util.Objects;
import no.virksomhetsplan.assignments.orgunit.domain.OrgUnit;

/** A person who can be made responsible: their username and the unit they belong to. */
public record Assignee(String username, OrgUnit unit) {

    public Assignee {
        Objects.requireNonNull(username);
        Objects.requireNonNull(unit);
    }

    /** The person belongs to the unit or to a unit below it. */
    public boolean belongsWithin(no.virksomhetsplan.assignments.orgunit.domain.OrgUnitId unitId) {
        return unit.lineage().contains(unitId);
    }
}
