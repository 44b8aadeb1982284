package no.virksomhetsplan.platform.domain;

/** The request conflicts with the current state, e.g. a stale version (answered 409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
