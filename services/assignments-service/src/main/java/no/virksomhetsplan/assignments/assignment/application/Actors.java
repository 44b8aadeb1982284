package no.virksomhetsplan.assignments.assignment.application;

import java.time.Clock;
import no.virksomhetsplan.assignments.assignment.domain.Actor;
import no.virksomhetsplan.assignments.person.domain.Person;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Component;

/** The caller as the one who makes a change, now. */
@Component
public class Actors {

    private final Clock clock;

    Actors(Clock clock) {
        this.clock = clock;
    }

    public Actor of(Caller caller) {
        return new Actor(Person.normalise(caller.username()), clock.instant());
    }
}
