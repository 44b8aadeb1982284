package no.virksomhetsplan.indicators.orgunit.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The municipality's org units, as far as the replica knows them (also those closed or not open yet). */
public interface Units {

    /** The units among {@code ids} that exist in the municipality. */
    Map<UUID, Unit> byIds(String tenant, Collection<UUID> ids);

    /** The units among {@code codes} (the municipality's own codes) that exist in the municipality. */
    Map<String, Unit> byCodes(String tenant, Collection<String> codes);

    /** Whether the replica has the municipality's org tree: the municipality is served here. */
    boolean knowsMunicipality(String tenant);

    default Optional<Unit> byId(String tenant, UUID id) {
        return Optional.ofNullable(byIds(tenant, java.util.List.of(id)).get(id));
    }

    default Optional<Unit> byCode(String tenant, String code) {
        return Optional.ofNullable(byCodes(tenant, java.util.List.of(code)).get(code));
    }
}
