package no.virksomhetsplan.plans.goal.persistence;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import no.virksomhetsplan.plans.goal.domain.Direction;
import no.virksomhetsplan.plans.goal.domain.Goal;
import no.virksomhetsplan.plans.goal.domain.GoalId;
import no.virksomhetsplan.plans.goal.domain.GoalSource;
import no.virksomhetsplan.plans.goal.domain.GoalSourceKind;
import no.virksomhetsplan.plans.goal.domain.Goals;
import no.virksomhetsplan.plans.goal.domain.MeasureIndicator;
import no.virksomhetsplan.plans.goal.domain.MeasureIndicatorId;
import no.virksomhetsplan.plans.goal.domain.YearSpan;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;
import no.virksomhetsplan.platform.domain.ConflictException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Goals in PostgreSQL: one row per goal, its measure indicators in their own table, read in one extra query. */
@Repository
class JdbcGoals implements Goals {

    /** Walks up a goal hierarchy; the depth bound keeps a query finite even if a cycle ever slipped in. */
    private static final int MAX_DEPTH = 100;

    /** The most general goals first: kommuneplan, theme plan, HØP, political decision. */
    private static final String GENERAL_FIRST = "array_position(array["
            + Arrays.stream(GoalSourceKind.values()).map(kind -> "'" + kind.name() + "'").collect(Collectors.joining(", "))
            + "]::text[], source_kind), from_year, title, id";

    private record GoalRow(GoalId id, String tenant, GoalId parentId, OrgUnitId ownerUnitId, String title, String description,
            GoalSource source, YearSpan years, long version) {

        Goal with(List<MeasureIndicator> indicators) {
            return new Goal(id, tenant, parentId, ownerUnitId, title, description, source, years, indicators, version);
        }
    }

    private static final RowMapper<GoalRow> GOAL = (rs, n) -> {
        UUID parent = rs.getObject("parent_id", UUID.class);
        Date date = rs.getDate("source_date");
        return new GoalRow(new GoalId(rs.getObject("id", UUID.class)), rs.getString("tenant_id"),
                parent == null ? null : new GoalId(parent), new OrgUnitId(rs.getObject("owner_unit_id", UUID.class)),
                rs.getString("title"), rs.getString("description"),
                new GoalSource(GoalSourceKind.valueOf(rs.getString("source_kind")), rs.getString("source_name"),
                        rs.getString("source_case_no"), date == null ? null : date.toLocalDate()),
                new YearSpan(rs.getInt("from_year"), rs.getInt("to_year")), rs.getLong("version"));
    };

    private record IndicatorRow(GoalId goalId, MeasureIndicator indicator) {
    }

    private static final RowMapper<IndicatorRow> INDICATOR = (rs, n) -> new IndicatorRow(
            new GoalId(rs.getObject("goal_id", UUID.class)),
            new MeasureIndicator(new MeasureIndicatorId(rs.getObject("id", UUID.class)), rs.getString("name"),
                    rs.getString("unit_of_measure"), rs.getBigDecimal("target_value"), Direction.valueOf(rs.getString("direction")),
                    rs.getBigDecimal("yellow_limit"), rs.getString("indicator_key")));

    private final JdbcClient jdbc;

    JdbcGoals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Goal> find(String tenant, GoalId id) {
        return one(tenant, id, "");
    }

    @Override
    public Optional<Goal> findForUpdate(String tenant, GoalId id) {
        return one(tenant, id, " for update");
    }

    @Override
    public List<Goal> findForShare(String tenant, Collection<GoalId> ids) {
        return some(tenant, ids, " for share");
    }

    @Override
    public List<Goal> findAll(String tenant, Collection<GoalId> ids) {
        return some(tenant, ids, "");
    }

    @Override
    public List<Goal> ancestorsOf(String tenant, Collection<GoalId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withIndicators(tenant, jdbc.sql("""
                with recursive up (id, parent_id, depth) as (
                    select id, parent_id, 0 from goal where tenant_id = :tenant and id in (:ids)
                    union
                    select g.id, g.parent_id, up.depth + 1 from goal g
                    join up on g.tenant_id = :tenant and g.id = up.parent_id
                    where up.depth < :maxDepth
                )
                select * from goal where tenant_id = :tenant and id in (select id from up where depth > 0)
                order by""" + " " + GENERAL_FIRST)
                .param("tenant", tenant).param("ids", values(ids)).param("maxDepth", MAX_DEPTH)
                .query(GOAL).list());
    }

    @Override
    public List<GoalId> lineage(String tenant, GoalId id) {
        return jdbc.sql("""
                with recursive up (id, parent_id, depth) as (
                    select id, parent_id, 0 from goal where tenant_id = :tenant and id = :id
                    union all
                    select g.id, g.parent_id, up.depth + 1 from goal g
                    join up on g.tenant_id = :tenant and g.id = up.parent_id
                    where up.depth < :maxDepth
                )
                select id from up order by depth""")
                .param("tenant", tenant).param("id", id.value()).param("maxDepth", MAX_DEPTH)
                .query((rs, n) -> new GoalId(rs.getObject("id", UUID.class))).list();
    }

    @Override
    public List<Goal> ownedBy(String tenant, Collection<OrgUnitId> owners, Integer year) {
        if (owners.isEmpty()) {
            return List.of();
        }
        return withIndicators(tenant, jdbc.sql("""
                select * from goal
                where tenant_id = :tenant and owner_unit_id in (:owners)
                  and (cast(:year as int) is null or cast(:year as int) between from_year and to_year)
                order by""" + " " + GENERAL_FIRST)
                .param("tenant", tenant).param("owners", owners.stream().map(OrgUnitId::value).toList()).param("year", year)
                .query(GOAL).list());
    }

    @Override
    public List<Goal> all(String tenant, Integer year) {
        return withIndicators(tenant, jdbc.sql("""
                select * from goal
                where tenant_id = :tenant
                  and (cast(:year as int) is null or cast(:year as int) between from_year and to_year)
                order by""" + " " + GENERAL_FIRST)
                .param("tenant", tenant).param("year", year)
                .query(GOAL).list());
    }

    @Override
    public void add(Goal goal) {
        jdbc.sql("""
                insert into goal (tenant_id, id, parent_id, owner_unit_id, title, description, source_kind, source_name,
                                  source_case_no, source_date, from_year, to_year, version)
                values (:tenant, :id, :parent, :owner, :title, :description, :kind, :sourceName,
                        :caseNo, :date, :fromYear, :toYear, :version)""")
                .params(goalParams(goal))
                .update();
        saveIndicators(goal);
    }

    @Override
    public void update(Goal goal, long expectedVersion) {
        Map<String, Object> params = goalParams(goal);
        params.put("expected", expectedVersion);
        int updated = jdbc.sql("""
                update goal set parent_id = :parent, owner_unit_id = :owner, title = :title, description = :description,
                                source_kind = :kind, source_name = :sourceName, source_case_no = :caseNo, source_date = :date,
                                from_year = :fromYear, to_year = :toYear, version = :version, changed_at = now()
                where tenant_id = :tenant and id = :id and version = :expected""")
                .params(params)
                .update();
        if (updated != 1) {
            throw new ConflictException("The goal '" + goal.title() + "' was changed by someone else; reload it and try again.");
        }
        List<UUID> kept = goal.indicators().stream().map(indicator -> indicator.id().value()).toList();
        jdbc.sql("delete from measure_indicator where tenant_id = :tenant and goal_id = :goal"
                        + (kept.isEmpty() ? "" : " and id not in (:kept)"))
                .param("tenant", goal.tenant()).param("goal", goal.id().value()).param("kept", kept)
                .update();
        saveIndicators(goal);
    }

    @Override
    public void lockHierarchy(String tenant) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(hashtextextended('goal-hierarchy/' || :tenant, 0))")
                .param("tenant", tenant).query(Integer.class).single();
    }

    private Optional<Goal> one(String tenant, GoalId id, String lock) {
        return some(tenant, List.of(id), lock).stream().findFirst();
    }

    private List<Goal> some(String tenant, Collection<GoalId> ids, String lock) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withIndicators(tenant, jdbc.sql("select * from goal where tenant_id = :tenant and id in (:ids) order by "
                        + GENERAL_FIRST + lock)
                .param("tenant", tenant).param("ids", values(ids))
                .query(GOAL).list());
    }

    private List<Goal> withIndicators(String tenant, List<GoalRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<GoalId, List<MeasureIndicator>> indicators = new LinkedHashMap<>();
        rows.forEach(row -> indicators.put(row.id(), new ArrayList<>()));
        jdbc.sql("select * from measure_indicator where tenant_id = :tenant and goal_id in (:goals) order by goal_id, position")
                .param("tenant", tenant).param("goals", rows.stream().map(row -> row.id().value()).toList())
                .query(INDICATOR).list()
                .forEach(row -> indicators.get(row.goalId()).add(row.indicator()));
        return rows.stream().map(row -> row.with(indicators.get(row.id()))).toList();
    }

    private void saveIndicators(Goal goal) {
        int position = 0;
        for (MeasureIndicator indicator : goal.indicators()) {
            jdbc.sql("""
                    insert into measure_indicator (tenant_id, id, goal_id, position, name, unit_of_measure, target_value,
                                                   direction, yellow_limit, indicator_key)
                    values (:tenant, :id, :goal, :position, :name, :unit, :target, :direction, :yellow, :key)
                    on conflict (tenant_id, id) do update set
                        position = excluded.position, name = excluded.name, unit_of_measure = excluded.unit_of_measure,
                        target_value = excluded.target_value, direction = excluded.direction,
                        yellow_limit = excluded.yellow_limit, indicator_key = excluded.indicator_key
                    where measure_indicator.goal_id = excluded.goal_id""")
                    .param("tenant", goal.tenant()).param("id", indicator.id().value()).param("goal", goal.id().value())
                    .param("position", position++).param("name", indicator.name()).param("unit", indicator.unitOfMeasure())
                    .param("target", indicator.targetValue()).param("direction", indicator.direction().name())
                    .param("yellow", indicator.yellowLimit()).param("key", indicator.indicatorKey())
                    .update();
        }
    }

    private static Map<String, Object> goalParams(Goal goal) {
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", goal.tenant());
        params.put("id", goal.id().value());
        params.put("parent", goal.parentId() == null ? null : goal.parentId().value());
        params.put("owner", goal.ownerUnitId().value());
        params.put("title", goal.title());
        params.put("description", goal.description());
        params.put("kind", goal.source().kind().name());
        params.put("sourceName", goal.source().name());
        params.put("caseNo", goal.source().caseNumber());
        params.put("date", goal.source().date() == null ? null : Date.valueOf(goal.source().date()));
        params.put("fromYear", goal.years().fromYear());
        params.put("toYear", goal.years().toYear());
        params.put("version", goal.version());
        return params;
    }

    private static List<UUID> values(Collection<GoalId> ids) {
        return ids.stream().map(GoalId::value).distinct().toList();
    }
}
