package no.virksomhetsplan.indicators.value.domain;

import java.util.Objects;

/** Why one reported value was refused, in words a fagsystem's operator can act on. */
public record Rejection(RejectionCode code, String message) {

    public Rejection {
        Objects.requireNonNull(code);
        Objects.requireNonNull(message);
    }

    public static Rejection of(RejectionCode code, String message) {
        return new Rejection(code, message);
    }

    /** As in the dead-letter header: {@code CODE: message}. */
    @Override
    public String toString() {
        return code + ": " + message;
    }
}
