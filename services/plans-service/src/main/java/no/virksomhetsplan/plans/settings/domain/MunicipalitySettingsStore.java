package no.virksomhetsplan.plans.settings.domain;

import java.util.Optional;

/** Where each municipality's settings are kept. */
public interface MunicipalitySettingsStore {

    /** The stored settings, or empty if the municipality has stored none (then the defaults apply). */
    Optional<MunicipalitySettings> find(String tenant);

    /**
     * Saves the settings if nobody changed them since {@code expectedVersion} (0: nothing was stored).
     *
     * @param changedBy the administrator's username, kept with the settings
     * @throws no.virksomhetsplan.platform.domain.ConflictException if someone did
     */
    void save(MunicipalitySettings settings, long expectedVersion, String changedBy);
}
