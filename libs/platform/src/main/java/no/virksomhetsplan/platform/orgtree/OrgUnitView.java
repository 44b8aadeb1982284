package no.virksomhetsplan.platform.orgtree;

import java.util.UUID;

/** A unit as the replica knows it. {@code path} lists the ids from the top down to this unit. */
public record OrgUnitView(UUID id, UUID parentId, String name, String externalCode, String levelName, String path, long version) {
}
