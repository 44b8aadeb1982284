package no.virksomhetsplan.indicators.orgunit.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An org unit as this service knows it from its replica of plans-service's tree.
 *
 * @param path the ids from the top of the tree down to this unit, {@code /}-separated and {@code /}-terminated
 */
public record Unit(UUID id, String externalCode, String name, String path) {

    /** The unit and every unit above it, this unit first. */
    public List<UUID> selfAndAncestors() {
        List<UUID> ids = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                ids.add(0, UUID.fromString(part));
            }
        }
        return ids;
    }

    /** Every unit above this one, the nearest first. */
    public List<UUID> ancestors() {
        List<UUID> ids = selfAndAncestors();
        return ids.subList(1, ids.size());
    }

    /** True if {@code other} is this unit or lies below it. */
    public boolean contains(Unit other) {
        return other.path.startsWith(path);
    }
}
