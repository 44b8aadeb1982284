package no.virksomhetsplan.platform.domain;

/** The caller may not do this, e.g. act outside their part of the org tree (answered 403). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
