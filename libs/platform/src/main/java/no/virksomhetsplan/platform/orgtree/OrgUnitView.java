package no.virksomhetsplan.platform.orgtree;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A unit as the replica knows it. {@code path} lists the ids from the top down to this unit.
 *
 * @param leader     the Keycloak username of the unit's leader, or null
 * @param validFrom  the unit's first day, or null when its producer did not say
 * @param closedFrom the first day the unit no longer exists, or null while it is open
 */
public record OrgUnitView(UUID id, UUID parentId, String name, String externalCode, String levelName, String path, long version,
        String leader, LocalDate validFrom, LocalDate closedFrom) {
}
