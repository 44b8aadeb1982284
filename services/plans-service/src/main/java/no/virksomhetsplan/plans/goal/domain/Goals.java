package no.virksomhetsplan.plans.goal.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;

/** Where goals and their measure indicators are kept; every method is scoped to one municipality. */
public interface Goals {

    Optional<Goal> find(String tenant, GoalId id);

    /** The goal, locked against other changes until the transaction ends. */
    Optional<Goal> findForUpdate(String tenant, GoalId id);

    /** The goals that exist among {@code ids}, protected from changes (not from being ticked) until the transaction ends. */
    List<Goal> findForShare(String tenant, Collection<GoalId> ids);

    /** The goals that exist among {@code ids}. */
    List<Goal> findAll(String tenant, Collection<GoalId> ids);

    /** Every goal above the given ones: their parents, the parents' parents, up to the top. */
    List<Goal> ancestorsOf(String tenant, Collection<GoalId> ids);

    /** The goal and every goal above it, the goal itself first; empty if it does not exist. */
    List<GoalId> lineage(String tenant, GoalId id);

    /**
     * Goals owned by any of the units, optionally only those covering a plan year, the most general first.
     *
     * @param year null for every year
     */
    List<Goal> ownedBy(String tenant, Collection<OrgUnitId> owners, Integer year);

    /** Every goal of the municipality, optionally only those covering a plan year, the most general first. */
    List<Goal> all(String tenant, Integer year);

    void add(Goal goal);

    /** Saves an edit if nobody changed the goal since {@code expectedVersion}. */
    void update(Goal goal, long expectedVersion);

    /**
     * Serialises moves in one municipality's goal hierarchy until the transaction ends: two moves that each look
     * fine alone (A under B, B under A) must not commit together.
     */
    void lockHierarchy(String tenant);
}
