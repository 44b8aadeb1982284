package no.virksomhetsplan.assignments.settings.domain;

/** This service's copy of each municipality's settings and plan years, kept from plans-service's events. */
public interface SettingsReplica {

    /** The municipality's settings, or {@link MunicipalitySettings#DEFAULT} while none have been received. */
    MunicipalitySettings settings(String tenant);

    /** Replaces the municipality's settings if {@code settings} is newer than what the replica has. */
    void replace(String tenant, MunicipalitySettings settings);

    /** True if plans-service has closed the plan year: nothing in it may change any more. */
    boolean isClosed(String tenant, int year);

    /** Records a plan year's state if {@code version} is newer than what the replica has. */
    void planYear(String tenant, int year, String state, long version);
}
