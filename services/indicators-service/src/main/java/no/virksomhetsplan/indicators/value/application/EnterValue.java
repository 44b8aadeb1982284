package no.virksomhetsplan.indicators.value.application;

import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.contracts.indicators.IndicatorValueReported;
import no.virksomhetsplan.indicators.value.domain.Rejection;
import no.virksomhetsplan.indicators.value.domain.StoreOutcome;
import no.virksomhetsplan.indicators.value.domain.Submitter;
import no.virksomhetsplan.platform.domain.ForbiddenException;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;

/** A person enters one value of the municipality's own statistics; it replaces the cell's earlier value, which is kept. */
@Service
public class EnterValue {

    private final People people;
    private final RecordValues recordValues;

    EnterValue(People people, RecordValues recordValues) {
        this.people = people;
        this.recordValues = recordValues;
    }

    public StoreOutcome.Stored handle(Caller caller, EnterValueCommand command) {
        Submitter.Person person = people.enteringValues(caller);
        var value = new IndicatorValueReported(command.indicatorKey(), command.unitId(), null, command.period(), command.value(),
                Submitter.MANUAL, UUID.randomUUID().toString(), null);
        StoreOutcome outcome = recordValues.record(caller.tenant(), person, List.of(value)).get(0);
        if (outcome instanceof StoreOutcome.Refused refused) {
            throw problem(refused.rejection());
        }
        return (StoreOutcome.Stored) outcome;
    }

    private static RuntimeException problem(Rejection rejection) {
        String message = "The value is refused: " + rejection.message() + ".";
        return switch (rejection.code()) {
            case UNKNOWN_INDICATOR, UNKNOWN_UNIT -> new NotFoundException(message);
            case NOT_YOUR_UNIT -> new ForbiddenException(message);
            default -> new RuleViolationException(message);
        };
    }
}
