package no.virksomhetsplan.checklists.response.domain;

import java.util.Objects;
import java.util.UUID;

public record ResponseId(UUID value) {

    public ResponseId {
        Objects.requireNonNull(value, "response id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
