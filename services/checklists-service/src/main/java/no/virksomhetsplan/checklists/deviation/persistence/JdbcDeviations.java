package no.virksomhetsplan.checklists.deviation.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.virksomhetsplan.checklists.deviation.domain.Deviation;
import no.virksomhetsplan.checklists.deviation.domain.Deviations;
import no.virksomhetsplan.checklists.deviation.domain.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcDeviations implements Deviations {

    private final JdbcClient jdbc;

    JdbcDeviations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(String tenant, Deviation d) {
        jdbc.sql("""
                insert into deviation (tenant_id, id, distribution_id, response_id, unit_id, question_id, description, severity,
                    responsible, deadline, status, follow_up_id, raised_by, raised_at, version)
                values (:tenant, :id, :distribution, :response, :unit, :question, :description, :severity, :responsible,
                    :deadline, 'OPEN', :followUp, :by, :at, :version)""")
                .param("tenant", tenant).param("id", d.id()).param("distribution", d.distributionId())
                .param("response", d.responseId()).param("unit", d.unitId()).param("question", d.questionId())
                .param("description", d.description()).param("severity", d.severity().name())
                .param("responsible", d.responsible()).param("deadline", Date.valueOf(d.deadline()))
                .param("followUp", d.followUpId()).param("by", d.raisedBy()).param("at", Timestamp.from(d.raisedAt()))
                .param("version", d.version()).update();
    }

    @Override
    public Optional<Deviation> find(String tenant, UUID id) {
        return jdbc.sql("select * from deviation where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", id).query(JdbcDeviations::map).optional();
    }

    @Override
    public Optional<Deviation> byFollowUpForUpdate(String tenant, UUID followUpId) {
        return jdbc.sql("select * from deviation where tenant_id = :tenant and follow_up_id = :id for update")
                .param("tenant", tenant).param("id", followUpId).query(JdbcDeviations::map).optional();
    }

    @Override
    public void update(String tenant, Deviation d) {
        jdbc.sql("""
                update deviation set status = :status, closed_by = :by, closed_at = :at, version = :version
                where tenant_id = :tenant and id = :id""")
                .param("tenant", tenant).param("id", d.id()).param("status", d.closed() ? "CLOSED" : "OPEN")
                .param("by", d.closedBy()).param("at", d.closedAt() == null ? null : Timestamp.from(d.closedAt()))
                .param("version", d.version()).update();
    }

    @Override
    public List<Deviation> register(String tenant, String path, boolean subtree, Boolean closed, int offset, int limit) {
        return jdbc.sql("""
                select d.* from deviation d
                join org_unit_replica u on u.tenant_id = d.tenant_id and u.unit_id = d.unit_id
                where d.tenant_id = :tenant and u.path like :prefix
                  and (cast(:status as text) is null or d.status = cast(:status as text))
                order by d.status desc, d.deadline, d.raised_at, d.id
                offset :offset limit :limit""")
                .param("tenant", tenant).param("prefix", subtree ? path + "%" : path)
                .param("status", closed == null ? null : closed ? "CLOSED" : "OPEN")
                .param("offset", offset).param("limit", limit).query(JdbcDeviations::map).list();
    }

    @Override
    public List<Deviation> ofResponse(String tenant, UUID responseId) {
        return jdbc.sql("select * from deviation where tenant_id = :tenant and response_id = :id order by raised_at, id")
                .param("tenant", tenant).param("id", responseId).query(JdbcDeviations::map).list();
    }

    private static Deviation map(ResultSet rs, int n) throws SQLException {
        Timestamp closedAt = rs.getTimestamp("closed_at");
        return new Deviation(rs.getObject("id", UUID.class), rs.getObject("distribution_id", UUID.class),
                rs.getObject("response_id", UUID.class), rs.getObject("unit_id", UUID.class), rs.getObject("question_id", UUID.class),
                rs.getString("description"), Severity.valueOf(rs.getString("severity")), rs.getString("responsible"),
                rs.getDate("deadline").toLocalDate(), "CLOSED".equals(rs.getString("status")), rs.getObject("follow_up_id", UUID.class),
                rs.getString("raised_by"), rs.getTimestamp("raised_at").toInstant(), rs.getString("closed_by"),
                closedAt == null ? null : closedAt.toInstant(), rs.getLong("version"));
    }
}
