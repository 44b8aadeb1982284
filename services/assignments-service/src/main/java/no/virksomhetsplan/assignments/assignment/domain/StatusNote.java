package no.virksomhetsplan.assignments.assignment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated status comment.
 *
 * @param date the day the comment speaks of
 */
public record StatusNote(String text, LocalDate date, String writtenBy, Instant writtenAt) {

    public static final int MAX_LENGTH = 4000;

    public StatusNote {
        Objects.requireNonNull(text);
        Objects.requireNonNull(date);
        Objects.requireNonNull(writtenBy);
        Objects.requireNonNull(writtenAt);
    }
}
