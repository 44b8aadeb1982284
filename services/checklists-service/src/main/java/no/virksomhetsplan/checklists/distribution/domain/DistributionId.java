package no.virksomhetsplan.checklists.distribution.domain;

import java.util.Objects;
import java.util.UUID;

public record DistributionId(UUID value) {

    public DistributionId {
        Objects.requireNonNull(value, "distribution id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
