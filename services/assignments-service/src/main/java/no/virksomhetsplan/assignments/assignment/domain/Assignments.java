package no.virksomhetsplan.assignments.assignment.domain;

import java.util.List;
import java.util.Optional;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;

/** Where assignments are kept, each with all its delegations and tasks; every method is scoped to one municipality. */
public interface Assignments {

    Optional<Assignment> find(String tenant, ItemId assignmentId);

    /**
     * The assignment, locked against every other change to it or anything below it until the transaction ends.
     * Every change to an assignment's tree takes this lock first, so changes never deadlock and roll-ups never race.
     */
    Optional<Assignment> findForUpdate(String tenant, ItemId assignmentId);

    /**
     * Like {@link #findForUpdate}, but without waiting: empty if another transaction holds the assignment, so a job
     * running on several replicas at once leaves it to the one that has it.
     */
    Optional<Assignment> findForUpdateSkipLocked(String tenant, ItemId assignmentId);

    /** The assignment an item (of any kind) belongs to. */
    Optional<ItemId> assignmentOf(String tenant, ItemId itemId, ItemKind kind);

    /**
     * Assignments owned by the unit or delegated to it, newest first.
     *
     * @param year null for every year, else those whose deadline falls in it
     */
    List<Assignment> concerning(String tenant, OrgUnitId unit, Integer year, int offset, int limit);

    long countConcerning(String tenant, OrgUnitId unit, Integer year);

    /** The assignments with open items this person is responsible for, in id order (the order to lock them in). */
    List<ItemId> withOpenItemsOf(String tenant, String username);

    /** The assignments with items, open or closed, this person is responsible for, in id order. */
    List<ItemId> withItemsOf(String tenant, String username);

    /** Saves new and changed items; a changed item is saved only if nobody else saved it since it was read. */
    void save(Changes changes);
}
