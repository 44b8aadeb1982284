package no.virksomhetsplan.assignments.assignment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One change of one item as kept in its history: who, when, what it was and what it became.
 *
 * @param noteText a status comment written with this change, else null
 * @param comment  why, when the change said (a cancellation's reason), else null
 */
public record HistoryEntry(ItemId itemId, ItemKind kind, ChangeKind change, String by, Instant at, long version,
        Status statusBefore, Status status, TrafficLight light, String responsibleBefore, String responsible,
        LocalDate deadlineBefore, LocalDate deadline, String noteText, LocalDate noteDate, String comment) {

    public static HistoryEntry of(ItemChange change) {
        WorkItem before = change.before();
        WorkItem after = change.after();
        boolean newNote = after.note() != null && (before == null || !Objects.equals(before.note(), after.note()));
        return new HistoryEntry(after.id(), after.kind(), change.kind(), change.by(), change.at(), after.version(),
                before == null ? null : before.status(), after.status(), after.shownLight(),
                before == null ? null : before.responsible(), after.responsible(),
                before == null ? null : before.deadline(), after.deadline(),
                newNote ? after.note().text() : null, newNote ? after.note().date() : null, change.comment());
    }
}
