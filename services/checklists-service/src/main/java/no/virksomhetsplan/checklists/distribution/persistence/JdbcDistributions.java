package no.virksomhetsplan.checklists.distribution.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.virksomhetsplan.checklists.distribution.domain.Distribution;
import no.virksomhetsplan.checklists.distribution.domain.DistributionId;
import no.virksomhetsplan.checklists.distribution.domain.Distributions;
import no.virksomhetsplan.checklists.distribution.domain.Period;
import no.virksomhetsplan.checklists.distribution.domain.PeriodKind;
import no.virksomhetsplan.checklists.template.domain.TemplateId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcDistributions implements Distributions {

    private final JdbcClient jdbc;

    JdbcDistributions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(String tenant, Distribution d) {
        jdbc.sql("""
                insert into distribution (tenant_id, id, template_id, template_version, title, period_kind, period_year,
                    period_number, deadline, include_in_monthly_report, state, version, created_by, created_at, changed_at)
                values (:tenant, :id, :template, :templateVersion, :title, :kind, :year, :number, :deadline, :monthly,
                    :state, :version, :by, :at, :at)""")
                .param("tenant", tenant).param("id", d.id().value()).param("template", d.templateId().value())
                .param("templateVersion", d.templateVersion()).param("title", d.title())
                .param("kind", d.period().kind().name()).param("year", d.period().year()).param("number", d.period().number())
                .param("deadline", Date.valueOf(d.deadline())).param("monthly", d.includeInMonthlyReport())
                .param("state", d.closed() ? "CLOSED" : "OPEN").param("version", d.version())
                .param("by", d.createdBy()).param("at", Timestamp.from(d.createdAt())).update();
    }

    @Override
    public Optional<Distribution> find(String tenant, DistributionId id) {
        return jdbc.sql("select * from distribution where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", id.value()).query(JdbcDistributions::map).optional();
    }

    @Override
    public void update(String tenant, Distribution d) {
        jdbc.sql("""
                update distribution set state = :state, version = :version, changed_at = now()
                where tenant_id = :tenant and id = :id and version = :version - 1""")
                .param("tenant", tenant).param("id", d.id().value()).param("state", d.closed() ? "CLOSED" : "OPEN")
                .param("version", d.version()).update();
    }

    @Override
    public List<Distribution> ofYear(String tenant, int year) {
        return jdbc.sql("select * from distribution where tenant_id = :tenant and period_year = :year order by deadline desc, title, id")
                .param("tenant", tenant).param("year", year).query(JdbcDistributions::map).list();
    }

    static Distribution map(ResultSet rs, int n) throws SQLException {
        return new Distribution(new DistributionId(rs.getObject("id", UUID.class)), new TemplateId(rs.getObject("template_id", UUID.class)),
                rs.getInt("template_version"), rs.getString("title"),
                new Period(PeriodKind.valueOf(rs.getString("period_kind")), rs.getInt("period_year"), rs.getInt("period_number")),
                rs.getDate("deadline").toLocalDate(), rs.getBoolean("include_in_monthly_report"), "CLOSED".equals(rs.getString("state")),
                rs.getLong("version"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }
}
