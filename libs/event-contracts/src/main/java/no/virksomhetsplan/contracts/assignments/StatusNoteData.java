package no.virksomhetsplan.contracts.assignments;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The latest dated status comment on an assignment, a delegation or a task.
 *
 * @param text      what the writer said about the status
 * @param date      the day the comment speaks of (a calendar day in Norway)
 * @param writtenBy the writer's username
 * @param writtenAt when it was written (UTC)
 */
public record StatusNoteData(String text, LocalDate date, String writtenBy, Instant writtenAt) {
}
