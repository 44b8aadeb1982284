package no.virksomhetsplan.plans.planyear.domain;

import java.util.List;
import java.util.Optional;

/** Where plan years are kept; every method is scoped to one municipality. */
public interface PlanYears {

    Optional<PlanYear> find(String tenant, int year);

    /** Finds the year and holds a shared lock on it until the transaction ends, so it cannot close meanwhile. */
    Optional<PlanYear> findLocked(String tenant, int year);

    List<PlanYear> all(String tenant);

    /** Inserts a new plan year. @throws no.virksomhetsplan.platform.domain.ConflictException if it exists */
    void add(PlanYear planYear);

    /** Saves a change if nobody changed the year since {@code expectedVersion}. */
    void update(PlanYear planYear, long expectedVersion);
}
