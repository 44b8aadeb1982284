package no.virksomhetsplan.plans.agreement.domain;

import java.time.Instant;
import java.util.Objects;

/** One party's "I agree", with who gave it (a username) and when. */
public record Acknowledgement(String by, Instant at) {

    public Acknowledgement {
        Objects.requireNonNull(by);
        Objects.requireNonNull(at);
    }
}
