package no.virksomhetsplan.checklists.settings.domain;

/** This service's copy of each municipality's plan years, from plans-service's events. */
public interface PlanYears {

    /** True if plans-service has closed the plan year: its checklists are locked. */
    boolean isClosed(String tenant, int year);

    /** Records a plan year's state if {@code version} is newer than what the replica has. */
    void record(String tenant, int year, String state, long version);
}
