package no.virksomhetsplan.plans.goal.persistence;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.virksomhetsplan.plans.goal.domain.GoalId;
import no.virksomhetsplan.plans.goal.domain.UnitGoalSet;
import no.virksomhetsplan.plans.goal.domain.UnitGoalSets;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;
import no.virksomhetsplan.platform.domain.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcUnitGoalSets implements UnitGoalSets {

    private final JdbcClient jdbc;

    JdbcUnitGoalSets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UnitGoalSet> find(String tenant, OrgUnitId unitId, int year) {
        return version(tenant, unitId, year, "").map(version -> new UnitGoalSet(tenant, unitId, year, goalIds(tenant, unitId, year), version));
    }

    @Override
    public UnitGoalSet lock(String tenant, OrgUnitId unitId, int year) {
        jdbc.sql("""
                insert into unit_goal_set (tenant_id, unit_id, year, version) values (:tenant, :unit, :year, 0)
                on conflict do nothing""")
                .param("tenant", tenant).param("unit", unitId.value()).param("year", year)
                .update();
        long version = version(tenant, unitId, year, " for update").orElseThrow();
        return new UnitGoalSet(tenant, unitId, year, goalIds(tenant, unitId, year), version);
    }

    @Override
    public void save(UnitGoalSet set, long expectedVersion) {
        int updated = jdbc.sql("""
                update unit_goal_set set version = :version, changed_at = now()
                where tenant_id = :tenant and unit_id = :unit and year = :year and version = :expected""")
                .param("version", set.version()).param("tenant", set.tenant()).param("unit", set.unitId().value())
                .param("year", set.year()).param("expected", expectedVersion)
                .update();
        if (updated != 1) {
            throw new ConflictException("The goals of the unit for " + set.year() + " were changed by someone else; reload them and try again.");
        }
        List<UUID> ticked = set.goalIds().stream().map(GoalId::value).toList();
        jdbc.sql("delete from unit_goal where tenant_id = :tenant and unit_id = :unit and year = :year"
                        + (ticked.isEmpty() ? "" : " and goal_id not in (:ticked)"))
                .param("tenant", set.tenant()).param("unit", set.unitId().value()).param("year", set.year())
                .param("ticked", ticked)
                .update();
        for (UUID goal : ticked) {
            jdbc.sql("""
                    insert into unit_goal (tenant_id, unit_id, year, goal_id) values (:tenant, :unit, :year, :goal)
                    on conflict do nothing""")
                    .param("tenant", set.tenant()).param("unit", set.unitId().value()).param("year", set.year())
                    .param("goal", goal)
                    .update();
        }
    }

    @Override
    public Set<Integer> yearsInUse(String tenant, GoalId goal) {
        return new HashSet<>(jdbc.sql("select distinct year from unit_goal where tenant_id = :tenant and goal_id = :goal")
                .param("tenant", tenant).param("goal", goal.value())
                .query(Integer.class).list());
    }

    private Optional<Long> version(String tenant, OrgUnitId unitId, int year, String lock) {
        return jdbc.sql("select version from unit_goal_set where tenant_id = :tenant and unit_id = :unit and year = :year" + lock)
                .param("tenant", tenant).param("unit", unitId.value()).param("year", year)
                .query(Long.class).optional();
    }

    private Set<GoalId> goalIds(String tenant, OrgUnitId unitId, int year) {
        Set<GoalId> ids = new HashSet<>();
        jdbc.sql("select goal_id from unit_goal where tenant_id = :tenant and unit_id = :unit and year = :year")
                .param("tenant", tenant).param("unit", unitId.value()).param("year", year)
                .query((rs, n) -> new GoalId(rs.getObject("goal_id", UUID.class))).list()
                .forEach(ids::add);
        return ids;
    }
}
