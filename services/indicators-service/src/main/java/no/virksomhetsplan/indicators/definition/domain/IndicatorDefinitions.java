package no.virksomhetsplan.indicators.definition.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where indicator definitions are kept; every method is scoped to one municipality. */
public interface IndicatorDefinitions {

    Optional<IndicatorDefinition> find(String tenant, IndicatorId id);

    Optional<IndicatorDefinition> findByKey(String tenant, String key);

    /** The definitions among {@code keys} that exist, with their linked units. */
    List<IndicatorDefinition> findByKeys(String tenant, Collection<String> keys);

    /** The municipality's indicators ordered by service area and key, optionally of one service area only. */
    List<IndicatorDefinition> all(String tenant, String serviceArea);

    void add(IndicatorDefinition indicator);

    /** Saves an edit if nobody changed the indicator since {@code expectedVersion}. */
    void update(IndicatorDefinition indicator, long expectedVersion);
}
