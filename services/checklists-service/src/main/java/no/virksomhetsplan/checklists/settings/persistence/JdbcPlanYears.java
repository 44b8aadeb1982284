package no.virksomhetsplan.checklists.settings.persistence;

import no.virksomhetsplan.checklists.settings.domain.PlanYears;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPlanYears implements PlanYears {

    private final JdbcClient jdbc;

    JdbcPlanYears(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isClosed(String tenant, int year) {
        return jdbc.sql("select state from plan_year_replica where tenant_id = :tenant and year = :year")
                .param("tenant", tenant).param("year", year).query(String.class).optional()
                .map("CLOSED"::equals).orElse(false);
    }

    @Override
    public void record(String tenant, int year, String state, long version) {
        jdbc.sql("""
                insert into plan_year_replica (tenant_id, year, state, version) values (:tenant, :year, :state, :version)
                on conflict (tenant_id, year) do update set state = excluded.state, version = excluded.version
                where plan_year_replica.version < excluded.version""")
                .param("tenant", tenant).param("year", year).param("state", state).param("version", version).update();
    }
}
