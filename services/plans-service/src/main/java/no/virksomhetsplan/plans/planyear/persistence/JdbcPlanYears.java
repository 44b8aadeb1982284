package no.virksomhetsplan.plans.planyear.persistence;

import java.util.List;
import java.util.Optional;
import no.virksomhetsplan.plans.planyear.domain.PlanYear;
import no.virksomhetsplan.plans.planyear.domain.PlanYearState;
import no.virksomhetsplan.plans.planyear.domain.PlanYears;
import no.virksomhetsplan.platform.domain.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPlanYears implements PlanYears {

    private static final RowMapper<PlanYear> ROW = (rs, n) -> new PlanYear(rs.getString("tenant_id"), rs.getInt("year"),
            PlanYearState.valueOf(rs.getString("state")), rs.getLong("version"));

    private final JdbcClient jdbc;

    JdbcPlanYears(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PlanYear> find(String tenant, int year) {
        return jdbc.sql("select * from plan_year where tenant_id = :tenant and year = :year")
                .param("tenant", tenant).param("year", year).query(ROW).optional();
    }

    @Override
    public Optional<PlanYear> findLocked(String tenant, int year) {
        return jdbc.sql("select * from plan_year where tenant_id = :tenant and year = :year for share")
                .param("tenant", tenant).param("year", year).query(ROW).optional();
    }

    @Override
    public List<PlanYear> all(String tenant) {
        return jdbc.sql("select * from plan_year where tenant_id = :tenant order by year")
                .param("tenant", tenant).query(ROW).list();
    }

    @Override
    public void add(PlanYear planYear) {
        try {
            jdbc.sql("insert into plan_year (tenant_id, year, state, version) values (:tenant, :year, :state, :version)")
                    .param("tenant", planYear.tenant()).param("year", planYear.year())
                    .param("state", planYear.state().name()).param("version", planYear.version())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("The plan year " + planYear.year() + " already exists.");
        }
    }

    @Override
    public void update(PlanYear planYear, long expectedVersion) {
        int updated = jdbc.sql("""
                update plan_year set state = :state, version = :version, changed_at = now()
                where tenant_id = :tenant and year = :year and version = :expected""")
                .param("state", planYear.state().name()).param("version", planYear.version())
                .param("tenant", planYear.tenant()).param("year", planYear.year()).param("expected", expectedVersion)
                .update();
        if (updated != 1) {
            throw new ConflictException("The plan year " + planYear.year() + " was changed by someone else; reload and try again.");
        }
    }
}
