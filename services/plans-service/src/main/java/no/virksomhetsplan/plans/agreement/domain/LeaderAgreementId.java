package no.virksomhetsplan.plans.agreement.domain;

import java.util.Objects;
import java.util.UUID;

public record LeaderAgreementId(UUID value) {

    public LeaderAgreementId {
        Objects.requireNonNull(value, "leader agreement id");
    }

    public static LeaderAgreementId newId() {
        return new LeaderAgreementId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
