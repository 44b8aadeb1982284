package no.virksomhetsplan.assignments.assignment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Who makes a change, when, and which day it is for the deadlines.
 *
 * @param username a person's username, or {@link #SYSTEM} for the deadline jobs
 * @param today    the calendar day in Norway the change counts deadlines against
 */
public record Actor(String username, Instant at, LocalDate today) {

    public static final String SYSTEM = "system";
    /** Deadlines are days in the municipality's calendar: Norway's. */
    public static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    public Actor {
        Objects.requireNonNull(username);
        Objects.requireNonNull(at);
        Objects.requireNonNull(today);
    }

    public Actor(String username, Instant at) {
        this(username, at, LocalDate.ofInstant(at, NORWAY));
    }

    /** The deadline jobs, counting deadlines against {@code today}. */
    public static Actor system(Instant at, LocalDate today) {
        return new Actor(SYSTEM, at, today);
    }

    public static Actor system(Instant at) {
        return new Actor(SYSTEM, at);
    }
}
