package no.virksomhetsplan.reporting.report.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.virksomhetsplan.platform.domain.ConflictException;
import no.virksomhetsplan.reporting.period.domain.Period;
import no.virksomhetsplan.reporting.report.domain.Report;
import no.virksomhetsplan.reporting.report.domain.ReportItem;
import no.virksomhetsplan.reporting.report.domain.ReportStatus;
import no.virksomhetsplan.reporting.report.domain.Reports;
import no.virksomhetsplan.reporting.report.domain.Section;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcReports implements Reports {

    private static final TypeReference<LinkedHashMap<String, Long>> COUNTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;

    JdbcReports(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    @Override
    public Optional<Report> find(String tenant, UUID id) {
        return one("select * from report where tenant_id = :tenant and id = :id", tenant, id);
    }

    @Override
    public Optional<Report> findForUpdate(String tenant, UUID id) {
        return one("select * from report where tenant_id = :tenant and id = :id for update", tenant, id);
    }

    @Override
    public Optional<Report> findFor(String tenant, UUID unitId, Period period) {
        return jdbc.sql("select * from report where tenant_id = :tenant and unit_id = :unit and period = :period")
                .param("tenant", tenant).param("unit", unitId).param("period", period.toString())
                .query((rs, n) -> head(rs)).optional().map(this::withItems);
    }

    @Override
    public boolean add(String tenant, Report report) {
        int added = jdbc.sql("""
                insert into report (tenant_id, id, unit_id, period, status, overall_text, return_comment, created_by, created_at,
                                    version)
                values (:tenant, :id, :unit, :period, :status, :overall, null, :by, :at, :version)
                on conflict (tenant_id, unit_id, period) do nothing""")
                .param("tenant", tenant).param("id", report.id()).param("unit", report.unitId())
                .param("period", report.period().toString()).param("status", report.status().name())
                .param("overall", report.overallText()).param("by", report.createdBy())
                .param("at", Timestamp.from(report.createdAt())).param("version", report.version())
                .update();
        if (added == 1) {
            writeItems(report);
        }
        return added == 1;
    }

    @Override
    public void save(String tenant, Report report) {
        // Lines first: once the row says APPROVED, the database refuses any change to the report's lines.
        jdbc.sql("delete from report_item where report_id = :id").param("id", report.id()).update();
        writeItems(report);
        int saved = jdbc.sql("""
                update report set status = :status, overall_text = :overall, return_comment = :comment,
                                  submitted_by = :submittedBy, submitted_at = :submittedAt, decided_by = :decidedBy,
                                  decided_at = :decidedAt, version = version + 1
                where tenant_id = :tenant and id = :id and version = :version""")
                .param("tenant", tenant).param("id", report.id()).param("status", report.status().name())
                .param("overall", report.overallText()).param("comment", report.returnComment())
                .param("submittedBy", report.submittedBy()).param("submittedAt", timestamp(report.submittedAt()))
                .param("decidedBy", report.decidedBy()).param("decidedAt", timestamp(report.decidedAt()))
                .param("version", report.version())
                .update();
        if (saved != 1) {
            throw new ConflictException("The report has changed meanwhile; reload it and try again.");
        }
    }

    @Override
    public Map<UUID, ReportStatus> statuses(String tenant, Period period, Collection<UUID> units) {
        Map<UUID, ReportStatus> statuses = new HashMap<>();
        if (!units.isEmpty()) {
            jdbc.sql("select unit_id, status from report where tenant_id = :tenant and period = :period and unit_id in (:units)")
                    .param("tenant", tenant).param("period", period.toString()).param("units", List.copyOf(units))
                    .query((rs, n) -> statuses.put(rs.getObject("unit_id", UUID.class), ReportStatus.valueOf(rs.getString("status"))))
                    .list();
        }
        return statuses;
    }

    @Override
    public List<Report> ofUnits(String tenant, Collection<UUID> units, Period period, ReportStatus status) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from report where tenant_id = :tenant and unit_id in (:units)
                  and (cast(:period as text) is null or period = cast(:period as text))
                  and (cast(:status as text) is null or status = cast(:status as text))
                order by period desc, created_at""")
                .param("tenant", tenant).param("units", List.copyOf(units))
                .param("period", period == null ? null : period.toString())
                .param("status", status == null ? null : status.name())
                .query((rs, n) -> head(rs)).list().stream().map(this::withItems).toList();
    }

    private Optional<Report> one(String sql, String tenant, UUID id) {
        return jdbc.sql(sql).param("tenant", tenant).param("id", id).query((rs, n) -> head(rs)).optional().map(this::withItems);
    }

    private void writeItems(Report report) {
        List<Object[]> rows = new ArrayList<>();
        List<ReportItem> items = report.items();
        for (int i = 0; i < items.size(); i++) {
            ReportItem item = items.get(i);
            rows.add(new Object[] {report.id(), item.section().name(), item.refId(), i, item.title(), item.unitName(),
                    item.status(), item.light(), item.deadline(), item.actual(), item.target(), item.measureUnit(),
                    item.summary(), item.statusText(), item.carriedFrom(),
                    item.counts().isEmpty() ? null : json.writeValueAsString(item.counts())});
        }
        batch.batchUpdate("""
                insert into report_item (report_id, section, ref_id, position, title, unit_name, status, light, deadline, actual,
                                         target, measure_unit, summary, status_text, carried_from, counts)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""", rows);
    }

    /** The report's row; its lines are read next. */
    private record Head(UUID id, UUID unitId, Period period, ReportStatus status, String overall, String comment,
            String createdBy, Instant createdAt, String submittedBy, Instant submittedAt, String decidedBy,
            Instant decidedAt, long version) {
    }

    private static Head head(ResultSet rs) throws SQLException {
        return new Head(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class),
                Period.parse(rs.getString("period")), ReportStatus.valueOf(rs.getString("status")),
                rs.getString("overall_text"), rs.getString("return_comment"), rs.getString("created_by"),
                instant(rs.getTimestamp("created_at")), rs.getString("submitted_by"), instant(rs.getTimestamp("submitted_at")),
                rs.getString("decided_by"), instant(rs.getTimestamp("decided_at")), rs.getLong("version"));
    }

    private Report withItems(Head head) {
        List<ReportItem> items = jdbc.sql("select * from report_item where report_id = :id order by position")
                .param("id", head.id())
                .query((rs, n) -> new ReportItem(Section.valueOf(rs.getString("section")), rs.getObject("ref_id", UUID.class),
                        rs.getString("title"), rs.getString("unit_name"), rs.getString("status"), rs.getString("light"),
                        rs.getObject("deadline", LocalDate.class), strip(rs.getBigDecimal("actual")),
                        strip(rs.getBigDecimal("target")), rs.getString("measure_unit"), rs.getString("summary"),
                        rs.getString("status_text"), rs.getString("carried_from"),
                        rs.getString("counts") == null ? null : json.readValue(rs.getString("counts"), COUNTS)))
                .list();
        return new Report(head.id(), head.unitId(), head.period(), head.status(), head.overall(), head.comment(),
                head.createdBy(), head.createdAt(), head.submittedBy(), head.submittedAt(), head.decidedBy(),
                head.decidedAt(), head.version(), items);
    }

    private static java.math.BigDecimal strip(java.math.BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
