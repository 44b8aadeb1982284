package no.virksomhetsplan.assignments.assignment.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.virksomhetsplan.assignments.assignment.domain.Assignment;
import no.virksomhetsplan.assignments.assignment.domain.AssignmentDetails;
import no.virksomhetsplan.assignments.assignment.domain.AssignmentSource;
import no.virksomhetsplan.assignments.assignment.domain.Assignments;
import no.virksomhetsplan.assignments.assignment.domain.Changes;
import no.virksomhetsplan.assignments.assignment.domain.ItemChange;
import no.virksomhetsplan.assignments.assignment.domain.ItemId;
import no.virksomhetsplan.assignments.assignment.domain.ItemKind;
import no.virksomhetsplan.assignments.assignment.domain.SourceKind;
import no.virksomhetsplan.assignments.assignment.domain.Status;
import no.virksomhetsplan.assignments.assignment.domain.StatusNote;
import no.virksomhetsplan.assignments.assignment.domain.TrafficLight;
import no.virksomhetsplan.assignments.assignment.domain.WorkItem;
import no.virksomhetsplan.platform.domain.ConflictException;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Assignments in PostgreSQL: the items of one assignment in work_item, its own details in assignment. */
@Repository
class JdbcAssignments implements Assignments {

    static final RowMapper<WorkItem> ITEM = JdbcAssignments::item;

    private static final RowMapper<AssignmentDetails> DETAILS = (rs, n) -> new AssignmentDetails(rs.getString("type_code"),
            new AssignmentSource(SourceKind.valueOf(rs.getString("source_kind")), rs.getObject("goal_id", UUID.class),
                    rs.getString("decision_body"), rs.getString("case_number"), rs.getObject("decision_date", LocalDate.class),
                    rs.getString("decision_text"), rs.getString("measure")),
            rs.getBoolean("include_in_monthly_report"));

    private final JdbcClient jdbc;

    JdbcAssignments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Assignment> find(String tenant, ItemId assignmentId) {
        return load(tenant, assignmentId, "");
    }

    @Override
    public Optional<Assignment> findForUpdate(String tenant, ItemId assignmentId) {
        return load(tenant, assignmentId, " for update");
    }

    @Override
    public Optional<Assignment> findForUpdateSkipLocked(String tenant, ItemId assignmentId) {
        return load(tenant, assignmentId, " for update skip locked");
    }

    @Override
    public Optional<ItemId> assignmentOf(String tenant, ItemId itemId, ItemKind kind) {
        return jdbc.sql("select assignment_id from work_item where tenant_id = :tenant and id = :id and kind = :kind")
                .param("tenant", tenant).param("id", itemId.value()).param("kind", kind.name())
                .query((rs, n) -> new ItemId(rs.getObject("assignment_id", UUID.class))).optional();
    }

    @Override
    public List<Assignment> concerning(String tenant, OrgUnitId unit, Integer year, int offset, int limit) {
        return jdbc.sql("""
                select a.id from work_item a
                where a.tenant_id = :tenant and a.kind = 'ASSIGNMENT'
                  and a.id in (select assignment_id from work_item
                               where tenant_id = :tenant and unit_id = :unit and kind in ('ASSIGNMENT', 'DELEGATION'))
                  and (cast(:year as int) is null or extract(year from a.deadline) = cast(:year as int))
                order by a.created_at desc, a.id
                offset :offset limit :limit""")
                .param("tenant", tenant).param("unit", unit.value()).param("year", year)
                .param("offset", offset).param("limit", limit)
                .query((rs, n) -> new ItemId(rs.getObject("id", UUID.class))).list()
                .stream().map(id -> find(tenant, id).orElseThrow()).toList();
    }

    @Override
    public long countConcerning(String tenant, OrgUnitId unit, Integer year) {
        return jdbc.sql("""
                select count(*) from work_item a
                where a.tenant_id = :tenant and a.kind = 'ASSIGNMENT'
                  and a.id in (select assignment_id from work_item
                               where tenant_id = :tenant and unit_id = :unit and kind in ('ASSIGNMENT', 'DELEGATION'))
                  and (cast(:year as int) is null or extract(year from a.deadline) = cast(:year as int))""")
                .param("tenant", tenant).param("unit", unit.value()).param("year", year)
                .query(Long.class).single();
    }

    @Override
    public List<ItemId> withOpenItemsOf(String tenant, String username) {
        return jdbc.sql("select distinct assignment_id from work_item where tenant_id = :tenant and responsible = :username"
                        + " and status in ('NOT_STARTED', 'IN_PROGRESS', 'DELAYED') order by assignment_id")
                .param("tenant", tenant).param("username", username)
                .query((rs, n) -> new ItemId(rs.getObject("assignment_id", UUID.class))).list();
    }

    @Override
    public List<ItemId> withItemsOf(String tenant, String username) {
        return jdbc.sql("select distinct assignment_id from work_item where tenant_id = :tenant and responsible = :username"
                        + " order by assignment_id")
                .param("tenant", tenant).param("username", username)
                .query((rs, n) -> new ItemId(rs.getObject("assignment_id", UUID.class))).list();
    }

    @Override
    public void save(Changes changes) {
        String tenant = changes.assignment().tenant();
        for (ItemChange change : changes.changes()) {
            WorkItem item = change.after();
            if (change.before() == null) {
                insert(tenant, item);
                if (item.kind() == ItemKind.ASSIGNMENT) {
                    insertDetails(tenant, changes.assignment());
                }
            } else {
                update(tenant, item, change.before().version());
                if (item.kind() == ItemKind.ASSIGNMENT) {
                    updateDetails(tenant, changes.assignment());
                }
            }
        }
        for (Changes.Mark mark : changes.marked()) {
            update(tenant, mark.after(), mark.after().version());
        }
    }

    private Optional<Assignment> load(String tenant, ItemId assignmentId, String lock) {
        Optional<WorkItem> root = jdbc.sql("select * from work_item where tenant_id = :tenant and id = :id and kind = 'ASSIGNMENT'" + lock)
                .param("tenant", tenant).param("id", assignmentId.value()).query(ITEM).optional();
        if (root.isEmpty()) {
            return Optional.empty();
        }
        AssignmentDetails details = jdbc.sql("select * from assignment where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", assignmentId.value()).query(DETAILS).single();
        List<WorkItem> items = jdbc.sql("select * from work_item where tenant_id = :tenant and assignment_id = :id order by position")
                .param("tenant", tenant).param("id", assignmentId.value()).query(ITEM).list();
        return Optional.of(Assignment.restore(tenant, details, items));
    }

    private void insert(String tenant, WorkItem item) {
        jdbc.sql("""
                insert into work_item (tenant_id, id, assignment_id, kind, parent_id, unit_id, from_unit_id, title, description,
                                       responsible, responsible_left, deadline, status, light, note_text, note_date, note_by,
                                       note_at, overdue_since, reminded_on, escalated_on, version, created_by, created_at)
                values (:tenant, :id, :assignment, :kind, :parent, :unit, :fromUnit, :title, :description,
                        :responsible, :responsibleLeft, :deadline, :status, :light, :noteText, :noteDate, :noteBy,
                        :noteAt, :overdueSince, :remindedOn, :escalatedOn, :version, :createdBy, :createdAt)""")
                .params(params(tenant, item))
                .update();
    }

    private void update(String tenant, WorkItem item, long expectedVersion) {
        Map<String, Object> params = params(tenant, item);
        params.put("expected", expectedVersion);
        int updated = jdbc.sql("""
                update work_item set title = :title, description = :description, responsible = :responsible,
                    responsible_left = :responsibleLeft, deadline = :deadline, status = :status, light = :light,
                    note_text = :noteText, note_date = :noteDate, note_by = :noteBy, note_at = :noteAt,
                    overdue_since = :overdueSince, reminded_on = :remindedOn, escalated_on = :escalatedOn,
                    version = :version, changed_at = now()
                where tenant_id = :tenant and id = :id and version = :expected""")
                .params(params)
                .update();
        if (updated != 1) {
            throw new ConflictException("The " + item.kind().noun() + " was changed by someone else; reload it and try again.");
        }
    }

    private void insertDetails(String tenant, Assignment assignment) {
        jdbc.sql("""
                insert into assignment (tenant_id, id, type_code, source_kind, goal_id, decision_body, case_number, decision_date,
                                        decision_text, measure, include_in_monthly_report)
                values (:tenant, :id, :type, :kind, :goal, :body, :caseNumber, :decisionDate, :decisionText, :measure, :monthly)""")
                .params(detailParams(tenant, assignment))
                .update();
    }

    private void updateDetails(String tenant, Assignment assignment) {
        jdbc.sql("""
                update assignment set type_code = :type, source_kind = :kind, goal_id = :goal, decision_body = :body,
                    case_number = :caseNumber, decision_date = :decisionDate, decision_text = :decisionText, measure = :measure,
                    include_in_monthly_report = :monthly
                where tenant_id = :tenant and id = :id""")
                .params(detailParams(tenant, assignment))
                .update();
    }

    private static Map<String, Object> detailParams(String tenant, Assignment assignment) {
        AssignmentDetails details = assignment.details();
        AssignmentSource source = details.source();
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", tenant);
        params.put("id", assignment.id().value());
        params.put("type", details.typeCode());
        params.put("kind", source.kind().name());
        params.put("goal", source.goalId());
        params.put("body", source.body());
        params.put("caseNumber", source.caseNumber());
        params.put("decisionDate", source.decisionDate());
        params.put("decisionText", source.decisionText());
        params.put("measure", source.measure());
        params.put("monthly", details.includeInMonthlyReport());
        return params;
    }

    private static Map<String, Object> params(String tenant, WorkItem item) {
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", tenant);
        params.put("id", item.id().value());
        params.put("assignment", item.assignmentId().value());
        params.put("kind", item.kind().name());
        params.put("parent", item.parentId() == null ? null : item.parentId().value());
        params.put("unit", item.unitId().value());
        params.put("fromUnit", item.fromUnitId() == null ? null : item.fromUnitId().value());
        params.put("title", item.title());
        params.put("description", item.description());
        params.put("responsible", item.responsible());
        params.put("responsibleLeft", item.responsibleLeft());
        params.put("deadline", item.deadline());
        params.put("status", item.status().name());
        params.put("light", item.light().name());
        StatusNote note = item.note();
        params.put("noteText", note == null ? null : note.text());
        params.put("noteDate", note == null ? null : note.date());
        params.put("noteBy", note == null ? null : note.writtenBy());
        params.put("noteAt", note == null ? null : Timestamp.from(note.writtenAt()));
        params.put("overdueSince", item.overdueSince());
        params.put("remindedOn", item.remindedOn());
        params.put("escalatedOn", item.escalatedOn());
        params.put("version", item.version());
        params.put("createdBy", item.createdBy());
        params.put("createdAt", Timestamp.from(item.createdAt()));
        return params;
    }

    private static WorkItem item(ResultSet rs, int row) throws SQLException {
        UUID parent = rs.getObject("parent_id", UUID.class);
        UUID fromUnit = rs.getObject("from_unit_id", UUID.class);
        String noteText = rs.getString("note_text");
        return new WorkItem(new ItemId(rs.getObject("id", UUID.class)), ItemKind.valueOf(rs.getString("kind")),
                new ItemId(rs.getObject("assignment_id", UUID.class)), parent == null ? null : new ItemId(parent),
                new OrgUnitId(rs.getObject("unit_id", UUID.class)), fromUnit == null ? null : new OrgUnitId(fromUnit),
                rs.getString("title"), rs.getString("description"), rs.getString("responsible"), rs.getBoolean("responsible_left"),
                rs.getObject("deadline", LocalDate.class), Status.valueOf(rs.getString("status")),
                TrafficLight.valueOf(rs.getString("light")),
                noteText == null ? null : new StatusNote(noteText, rs.getObject("note_date", LocalDate.class), rs.getString("note_by"),
                        rs.getTimestamp("note_at").toInstant()),
                rs.getObject("overdue_since", LocalDate.class), rs.getObject("reminded_on", LocalDate.class),
                rs.getObject("escalated_on", LocalDate.class), rs.getLong("version"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
