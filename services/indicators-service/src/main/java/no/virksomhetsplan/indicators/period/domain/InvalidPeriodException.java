package no.virksomhetsplan.indicators.period.domain;

import no.virksomhetsplan.platform.domain.RuleViolationException;

/** A text that is no period of 2000–2100. */
public class InvalidPeriodException extends RuleViolationException {

    public InvalidPeriodException(String message) {
        super(message);
    }
}
