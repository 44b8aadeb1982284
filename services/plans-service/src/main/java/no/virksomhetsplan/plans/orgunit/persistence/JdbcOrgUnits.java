package no.virksomhetsplan.plans.orgunit.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.virksomhetsplan.plans.orgunit.domain.NewOrgUnit;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnit;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitChange;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitDetails;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitHistory;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitPeriod;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnits;
import no.virksomhetsplan.platform.domain.ConflictException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Org units in PostgreSQL: {@code org_unit_period} holds each unit's history, {@code org_unit} the unit as a whole
 * (its version, and a copy of its latest period). {@code path} holds the ids from the top down to the unit
 * ({@code /a/b/c/}), indexed with {@code text_pattern_ops}, so a subtree is one range scan of a path prefix.
 */
@Repository
class JdbcOrgUnits implements OrgUnits {

    private static final String ON_DAY = "p.valid_from <= :day and (p.valid_to is null or p.valid_to > :day)";
    private static final String UNIT_ON_DAY = """
            select p.*, u.version, u.closed_from
            from org_unit_period p
            join org_unit u on u.tenant_id = p.tenant_id and u.id = p.unit_id
            """;
    /**
     * The unit and everything below it on a day, in one statement that reads the path index as one range: every
     * path that starts with the unit's path lies between that path and the same path with its final '/' raised to
     * the next character, '0'. The bounds are computed once, before the scan, and compared with the byte-wise
     * operators of {@code text_pattern_ops}, so they are the index scan's bounds.
     */
    static final String SUBTREE_ON_DAY = """
            with top as (
                select path from org_unit_period
                where tenant_id = :tenant and unit_id = :id
                  and valid_from <= :day and (valid_to is null or valid_to > :day))
            select p.*, u.version, u.closed_from
            from org_unit_period p
            join org_unit u on u.tenant_id = p.tenant_id and u.id = p.unit_id
            where p.tenant_id = :tenant
              and p.path ~>=~ (select path from top) and p.path ~<~ (select left(path, -1) || '0' from top)
              and p.valid_from <= :day and (p.valid_to is null or p.valid_to > :day)
            order by p.path""";
    private static final String INSERT_PERIOD = """
            insert into org_unit_period (tenant_id, unit_id, valid_from, valid_to, parent_id, path, name, external_code,
                                         level_name, leader_username)
            values (:tenant, :unit, :validFrom, :validTo, :parent, :path, :name, :code, :level, :leader)""";

    private static final RowMapper<OrgUnitPeriod> PERIOD = (rs, n) -> period(rs);
    private static final RowMapper<OrgUnit> UNIT = (rs, n) -> new OrgUnit(rs.getString("tenant_id"), period(rs),
            rs.getObject("closed_from", LocalDate.class), rs.getLong("version"));

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    JdbcOrgUnits(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    @Override
    public void lockTree(String tenant) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "org-tree/" + tenant).query((rs, n) -> true).single();
    }

    @Override
    public Optional<OrgUnit> findAt(String tenant, OrgUnitId id, LocalDate day) {
        return jdbc.sql(UNIT_ON_DAY + "where p.tenant_id = :tenant and p.unit_id = :id and " + ON_DAY)
                .param("tenant", tenant).param("id", id.value()).param("day", day).query(UNIT).optional();
    }

    @Override
    public Optional<OrgUnit> findByExternalCodeAt(String tenant, String externalCode, LocalDate day) {
        return jdbc.sql(UNIT_ON_DAY + "where p.tenant_id = :tenant and p.external_code = :code and " + ON_DAY)
                .param("tenant", tenant).param("code", externalCode).param("day", day).query(UNIT).optional();
    }

    @Override
    public boolean exists(String tenant, OrgUnitId id) {
        return jdbc.sql("select exists (select 1 from org_unit where tenant_id = :tenant and id = :id)")
                .param("tenant", tenant).param("id", id.value()).query(Boolean.class).single();
    }

    @Override
    public List<OrgUnit> treeAt(String tenant, LocalDate day) {
        return jdbc.sql(UNIT_ON_DAY + "where p.tenant_id = :tenant and " + ON_DAY + " order by p.path")
                .param("tenant", tenant).param("day", day).query(UNIT).list();
    }

    @Override
    public List<OrgUnit> subtreeAt(String tenant, OrgUnitId id, LocalDate day) {
        return jdbc.sql(SUBTREE_ON_DAY).param("tenant", tenant).param("id", id.value()).param("day", day).query(UNIT).list();
    }

    @Override
    public List<OrgUnitPeriod> history(String tenant, OrgUnitId id) {
        return jdbc.sql("select * from org_unit_period where tenant_id = :tenant and unit_id = :id order by valid_from")
                .param("tenant", tenant).param("id", id.value()).query(PERIOD).list();
    }

    @Override
    public Optional<OrgUnitHistory> historyFrom(String tenant, OrgUnitId id, LocalDate from) {
        return histories(tenant, List.of(id.value()), from).values().stream().findFirst();
    }

    @Override
    public Map<String, OrgUnitHistory> historiesFromByCode(String tenant, Collection<String> externalCodes, LocalDate from) {
        if (externalCodes.isEmpty()) {
            return Map.of();
        }
        Map<String, UUID> unitByCode = new HashMap<>();
        jdbc.sql("""
                select distinct external_code, unit_id from org_unit_period
                where tenant_id = :tenant and external_code in (:codes)""")
                .param("tenant", tenant).param("codes", List.copyOf(externalCodes))
                .query(rs -> {
                    unitByCode.put(rs.getString("external_code"), rs.getObject("unit_id", UUID.class));
                });
        Map<UUID, OrgUnitHistory> histories = histories(tenant, Set.copyOf(unitByCode.values()), from);
        Map<String, OrgUnitHistory> byCode = new HashMap<>();
        unitByCode.forEach((code, unit) -> byCode.put(code, histories.get(unit)));
        return byCode;
    }

    @Override
    public List<OrgUnitPeriod> periodsBelow(OrgUnitHistory unit) {
        Map<String, OrgUnitPeriod> below = new LinkedHashMap<>();
        for (List<OrgUnitId> path : unit.paths()) {
            jdbc.sql("""
                    select * from org_unit_period
                    where tenant_id = :tenant and path like :prefix and unit_id <> :id
                      and (valid_to is null or valid_to > :from)""")
                    .param("tenant", unit.tenant()).param("prefix", path(path) + "%").param("id", unit.id().value())
                    .param("from", unit.from())
                    .query(PERIOD).list()
                    .forEach(period -> below.put(period.unitId() + "/" + period.validFrom(), period));
        }
        return List.copyOf(below.values());
    }

    @Override
    public List<String> namesOfUnitsBelow(String tenant, OrgUnitId id, LocalDate from) {
        return jdbc.sql("""
                select name from (
                    select distinct on (unit_id) name from org_unit_period
                    where tenant_id = :tenant and parent_id = :id and (valid_to is null or valid_to > :from)
                    order by unit_id, valid_from desc) below
                order by name""")
                .param("tenant", tenant).param("id", id.value()).param("from", from).query(String.class).list();
    }

    /** A code names one unit across the whole history: a code a unit ever had is never given to another one. */
    @Override
    public Optional<String> holderOfCode(String tenant, String externalCode, OrgUnitId except) {
        return jdbc.sql("""
                select u.name from org_unit u
                where u.tenant_id = :tenant and u.id <> :except
                  and exists (select 1 from org_unit_period p
                              where p.tenant_id = u.tenant_id and p.unit_id = u.id and p.external_code = :code)
                limit 1""")
                .param("tenant", tenant).param("code", externalCode)
                .param("except", except == null ? new UUID(0, 0) : except.value())
                .query(String.class).optional();
    }

    @Override
    public Optional<String> topName(String tenant) {
        return jdbc.sql("select name from org_unit where tenant_id = :tenant and parent_id is null")
                .param("tenant", tenant).query(String.class).optional();
    }

    @Override
    public void add(List<NewOrgUnit> units) {
        List<SqlParameterSource> heads = new ArrayList<>(units.size());
        List<SqlParameterSource> periods = new ArrayList<>(units.size());
        for (NewOrgUnit unit : units) {
            List<OrgUnitPeriod> unitPeriods = unit.unit().periods();
            heads.add(periodParameters(unit.unit().tenant(), unitPeriods.get(unitPeriods.size() - 1))
                    .addValue("version", unit.unit().version()));
            unitPeriods.forEach(period -> periods.add(periodParameters(unit.unit().tenant(), period)));
        }
        batches.batchUpdate("""
                insert into org_unit (tenant_id, id, parent_id, path, name, external_code, level_name, leader_username, version)
                values (:tenant, :unit, :parent, :path, :name, :code, :level, :leader, :version)""",
                heads.toArray(SqlParameterSource[]::new));
        batches.batchUpdate(INSERT_PERIOD, periods.toArray(SqlParameterSource[]::new));
    }

    @Override
    public void apply(OrgUnitChange change) {
        int updated = jdbc.sql("update org_unit set version = :version where tenant_id = :tenant and id = :id and version = :expected")
                .param("tenant", change.tenant()).param("id", change.unitId().value())
                .param("version", change.version()).param("expected", change.expectedVersion())
                .update();
        if (updated == 0) {
            throw new ConflictException("The unit has been changed since you read it. Reload it and try again.");
        }
        batches.batchUpdate("delete from org_unit_period where tenant_id = :tenant and unit_id = :unit and valid_from = :validFrom",
                change.removed().stream().map(period -> periodParameters(change.tenant(), period)).toArray(SqlParameterSource[]::new));
        batches.batchUpdate(INSERT_PERIOD,
                change.added().stream().map(period -> periodParameters(change.tenant(), period)).toArray(SqlParameterSource[]::new));
        Set<UUID> touched = new LinkedHashSet<>();
        change.removed().forEach(period -> touched.add(period.unitId().value()));
        change.added().forEach(period -> touched.add(period.unitId().value()));
        jdbc.sql("""
                update org_unit u set parent_id = p.parent_id, path = p.path, name = p.name, external_code = p.external_code,
                                      level_name = p.level_name, leader_username = p.leader_username, closed_from = p.valid_to
                from (select distinct on (unit_id) * from org_unit_period
                      where tenant_id = :tenant and unit_id in (:units)
                      order by unit_id, valid_from desc) p
                where u.tenant_id = :tenant and u.id = p.unit_id""")
                .param("tenant", change.tenant()).param("units", List.copyOf(touched))
                .update();
    }

    /** Each unit's history from the day on, with what belongs to the unit as a whole. */
    private Map<UUID, OrgUnitHistory> histories(String tenant, Collection<UUID> ids, LocalDate from) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<UUID> units = List.copyOf(ids);
        Map<UUID, List<OrgUnitPeriod>> periods = new HashMap<>();
        jdbc.sql("""
                select * from org_unit_period
                where tenant_id = :tenant and unit_id in (:units) and (valid_to is null or valid_to > :from)
                order by unit_id, valid_from""")
                .param("tenant", tenant).param("units", units).param("from", from)
                .query(PERIOD).list()
                .forEach(period -> periods.computeIfAbsent(period.unitId().value(), unit -> new ArrayList<>()).add(period));
        Map<UUID, OrgUnitHistory> histories = new HashMap<>();
        jdbc.sql("""
                select u.id, u.version, u.name, u.closed_from,
                       (select min(p.valid_from) from org_unit_period p where p.tenant_id = u.tenant_id and p.unit_id = u.id) opens_on
                from org_unit u
                where u.tenant_id = :tenant and u.id in (:units)""")
                .param("tenant", tenant).param("units", units)
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    histories.put(id, new OrgUnitHistory(tenant, new OrgUnitId(id), rs.getLong("version"), rs.getString("name"),
                            rs.getObject("opens_on", LocalDate.class), rs.getObject("closed_from", LocalDate.class), from,
                            periods.getOrDefault(id, List.of())));
                });
        return histories;
    }

    private static OrgUnitPeriod period(ResultSet rs) throws SQLException {
        List<OrgUnitId> path = Arrays.stream(rs.getString("path").split("/"))
                .filter(part -> !part.isEmpty())
                .map(part -> new OrgUnitId(UUID.fromString(part)))
                .toList();
        UUID parent = rs.getObject("parent_id", UUID.class);
        return new OrgUnitPeriod(new OrgUnitId(rs.getObject("unit_id", UUID.class)), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), parent == null ? null : new OrgUnitId(parent),
                path.subList(0, path.size() - 1),
                new OrgUnitDetails(rs.getString("name"), rs.getString("external_code"), rs.getString("level_name"),
                        rs.getString("leader_username")));
    }

    private static MapSqlParameterSource periodParameters(String tenant, OrgUnitPeriod period) {
        OrgUnitDetails details = period.details();
        return new MapSqlParameterSource()
                .addValue("tenant", tenant)
                .addValue("unit", period.unitId().value(), Types.OTHER)
                .addValue("validFrom", period.validFrom(), Types.DATE)
                .addValue("validTo", period.validTo(), Types.DATE)
                .addValue("parent", period.parentId() == null ? null : period.parentId().value(), Types.OTHER)
                .addValue("path", path(period.path()))
                .addValue("name", details.name())
                .addValue("code", details.externalCode(), Types.VARCHAR)
                .addValue("level", details.levelName(), Types.VARCHAR)
                .addValue("leader", details.leader(), Types.VARCHAR);
    }

    /** "/" followed by each id and "/". */
    private static String path(List<OrgUnitId> ids) {
        StringBuilder path = new StringBuilder("/");
        ids.forEach(id -> path.append(id).append('/'));
        return path.toString();
    }
}
