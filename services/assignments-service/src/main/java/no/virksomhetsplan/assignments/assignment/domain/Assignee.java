package no.virksomhetsplan.assignments.assignment.domain;

import java.util.Objects;
import no.virksomhetsplan.platform.orgtree.OrgUnit;

/** A person who can be made responsible: their username and the unit they belong to. */
public record Assignee(String username, OrgUnit unit) {

    public Assignee {
        Objects.requireNonNull(username);
        Objects.requireNonNull(unit);
    }

    /** The person belongs to the unit or to a unit below it. */
    public boolean belongsWithin(no.virksomhetsplan.platform.orgtree.OrgUnitId unitId) {
        return unit.lineage().contains(unitId);
    }
}
