package no.virksomhetsplan.plans.goal.domain;

import java.util.Optional;
import java.util.Set;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;

/** Where the goals ticked for each unit and year are kept; every method is scoped to one municipality. */
public interface UnitGoalSets {

    Optional<UnitGoalSet> find(String tenant, OrgUnitId unitId, int year);

    /** The set (empty, version 0, if nobody has ticked anything yet), locked until the transaction ends. */
    UnitGoalSet lock(String tenant, OrgUnitId unitId, int year);

    /** Saves a change if nobody changed the set since {@code expectedVersion}. */
    void save(UnitGoalSet set, long expectedVersion);

    /** The plan years in which the goal applies to at least one unit. */
    Set<Integer> yearsInUse(String tenant, GoalId goal);
}
