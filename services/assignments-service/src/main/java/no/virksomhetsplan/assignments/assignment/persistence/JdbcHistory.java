package no.virksomhetsplan.assignments.assignment.persistence;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.assignments.assignment.domain.ChangeKind;
import no.virksomhetsplan.assignments.assignment.domain.History;
import no.virksomhetsplan.assignments.assignment.domain.HistoryEntry;
import no.virksomhetsplan.assignments.assignment.domain.ItemChange;
import no.virksomhetsplan.assignments.assignment.domain.ItemId;
import no.virksomhetsplan.assignments.assignment.domain.ItemKind;
import no.virksomhetsplan.assignments.assignment.domain.Status;
import no.virksomhetsplan.assignments.assignment.domain.TrafficLight;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcHistory implements History {

    private final JdbcClient jdbc;

    JdbcHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(String tenant, List<ItemChange> changes) {
        for (ItemChange change : changes) {
            HistoryEntry entry = HistoryEntry.of(change);
            jdbc.sql("""
                    insert into work_item_history (tenant_id, item_id, assignment_id, kind, change, changed_by, changed_at, version,
                                                   status_before, status, light, responsible_before, responsible, deadline_before,
                                                   deadline, note_text, note_date, comment)
                    values (:tenant, :item, :assignment, :kind, :change, :by, :at, :version, :statusBefore, :status, :light,
                            :responsibleBefore, :responsible, :deadlineBefore, :deadline, :noteText, :noteDate, :comment)""")
                    .param("tenant", tenant).param("item", entry.itemId().value())
                    .param("assignment", change.after().assignmentId().value()).param("kind", entry.kind().name())
                    .param("change", entry.change().name()).param("by", entry.by()).param("at", Timestamp.from(entry.at()))
                    .param("version", entry.version())
                    .param("statusBefore", entry.statusBefore() == null ? null : entry.statusBefore().name())
                    .param("status", entry.status().name()).param("light", entry.light().name())
                    .param("responsibleBefore", entry.responsibleBefore()).param("responsible", entry.responsible())
                    .param("deadlineBefore", entry.deadlineBefore()).param("deadline", entry.deadline())
                    .param("noteText", entry.noteText()).param("noteDate", entry.noteDate()).param("comment", entry.comment())
                    .update();
        }
    }

    @Override
    public List<HistoryEntry> of(String tenant, ItemId itemId) {
        return jdbc.sql("select * from work_item_history where tenant_id = :tenant and item_id = :item order by seq")
                .param("tenant", tenant).param("item", itemId.value())
                .query((rs, n) -> {
                    String before = rs.getString("status_before");
                    return new HistoryEntry(new ItemId(rs.getObject("item_id", UUID.class)), ItemKind.valueOf(rs.getString("kind")),
                            ChangeKind.valueOf(rs.getString("change")), rs.getString("changed_by"),
                            rs.getTimestamp("changed_at").toInstant(), rs.getLong("version"),
                            before == null ? null : Status.valueOf(before), Status.valueOf(rs.getString("status")),
                            TrafficLight.valueOf(rs.getString("light")), rs.getString("responsible_before"),
                            rs.getString("responsible"), rs.getObject("deadline_before", LocalDate.class),
                            rs.getObject("deadline", LocalDate.class), rs.getString("note_text"),
                            rs.getObject("note_date", LocalDate.class), rs.getString("comment"));
                })
                .list();
    }
}
