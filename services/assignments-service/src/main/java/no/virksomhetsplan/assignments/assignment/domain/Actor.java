package no.virksomhetsplan.assignments.assignment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Who makes a change, and when.
 *
 * @param username a person's username, or {@link #SYSTEM} for the deadline jobs
 */
public record Actor(String username, Instant at) {

    public static final String SYSTEM = "system";
    /** Deadlines are days in the municipality's calendar: Norway's. */
    public static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    public Actor {
        Objects.requireNonNull(username);
        Objects.requireNonNull(at);
    }

    public static Actor system(Instant at) {
        return new Actor(SYSTEM, at);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(at, NORWAY);
    }
}
