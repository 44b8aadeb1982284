package no.virksomhetsplan.platform.domain;

/** The request is well-formed but breaks a business rule (answered 422). */
public class RuleViolationException extends RuntimeException {

    public RuleViolationException(String message) {
        super(message);
    }
}
