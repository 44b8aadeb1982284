package no.virksomhetsplan.platform.domain;

/** The thing asked for does not exist in the caller's municipality (answered 404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
