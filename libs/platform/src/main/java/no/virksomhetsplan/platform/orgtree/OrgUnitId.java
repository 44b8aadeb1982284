package no.virksomhetsplan.platform.orgtree;

import java.util.Objects;
import java.util.UUID;

public record OrgUnitId(UUID value) {

    public OrgUnitId {
        Objects.requireNonNull(value, "org unit id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
