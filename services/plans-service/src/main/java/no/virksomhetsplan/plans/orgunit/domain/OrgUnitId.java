package no.virksomhetsplan.plans.orgunit.domain;

import java.util.Objects;
import java.util.UUID;

public record OrgUnitId(UUID value) {

    public OrgUnitId {
        Objects.requireNonNull(value, "org unit id");
    }

    public static OrgUnitId newId() {
        return new OrgUnitId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
