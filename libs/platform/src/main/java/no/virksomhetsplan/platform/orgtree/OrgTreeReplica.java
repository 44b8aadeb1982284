package no.virksomhetsplan.platform.orgtree;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.virksomhetsplan.contracts.org.OrgUnitClosed;
import no.virksomhetsplan.contracts.org.OrgUnitCreated;
import no.virksomhetsplan.contracts.org.OrgUnitMoved;
import no.virksomhetsplan.contracts.org.OrgUnitUpdated;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * This service's copy of the org tree, kept from plans-service's events. Every read is scoped to a tenant;
 * an older version of a unit never overwrites a newer one, so replays and redeliveries are harmless.
 *
 * <p>Each unit keeps its latest known state: a change dated ahead (a move from 1 January registered in the
 * autumn) shows as soon as its event arrives; the tree as it was on a given day is plans-service's to answer.
 *
 * <p>A unit's events arrive in order (they share a Kafka key), but events of different units may not: a unit's
 * creation can arrive after its ancestor's move. So a path is never taken from an event when the replica knows
 * the parent: it is the parent's path plus the unit, recomputed for everything below a unit whenever the unit
 * is placed. Whatever the order, the paths end up as the latest parents say.
 */
public class OrgTreeReplica {

    /** Municipalities are Norwegian: "today" is today in Norway. */
    public static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private static final RowMapper<OrgUnitView> ROW = (rs, n) -> new OrgUnitView(
            rs.getObject("unit_id", UUID.class), rs.getObject("parent_id", UUID.class), rs.getString("name"),
            rs.getString("external_code"), rs.getString("level_name"), rs.getString("path"), rs.getLong("version"),
            rs.getString("leader_username"), rs.getObject("valid_from", LocalDate.class),
            rs.getObject("closed_from", LocalDate.class));

    private static final String EXISTS_TODAY =
            "(valid_from is null or valid_from <= :today) and (closed_from is null or closed_from > :today)";

    private final JdbcClient jdbc;
    private final Clock clock;

    public OrgTreeReplica(JdbcClient jdbc) {
        this(jdbc, Clock.system(NORWAY));
    }

    public OrgTreeReplica(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void apply(String tenant, OrgUnitCreated event) {
        int changed = jdbc.sql("""
                insert into org_unit_replica (tenant_id, unit_id, parent_id, name, external_code, level_name, leader_username,
                                              valid_from, path, version)
                values (:tenant, :id, :parent, :name, :code, :level, :leader, :validFrom, :path, :version)
                on conflict (tenant_id, unit_id) do update set
                    parent_id = excluded.parent_id, name = excluded.name, external_code = excluded.external_code,
                    level_name = excluded.level_name, leader_username = excluded.leader_username,
                    valid_from = excluded.valid_from, path = excluded.path, version = excluded.version
                where org_unit_replica.version < excluded.version""")
                .param("tenant", tenant)
                .param("id", event.unitId())
                .param("parent", event.parentId())
                .param("name", event.name())
                .param("code", event.externalCode())
                .param("level", event.levelName())
                .param("leader", event.leader())
                .param("validFrom", event.validFrom())
                .param("path", path(event.ancestorIds()) + event.unitId() + "/")
                .param("version", event.version())
                .update();
        if (changed > 0) {
            place(tenant, event.unitId(), path(event.ancestorIds()));
        }
    }

    public void apply(String tenant, OrgUnitUpdated event) {
        jdbc.sql("""
                update org_unit_replica set name = :name, external_code = :code, level_name = :level,
                                            leader_username = :leader, version = :version
                where tenant_id = :tenant and unit_id = :id and version < :version""")
                .param("tenant", tenant)
                .param("id", event.unitId())
                .param("name", event.name())
                .param("code", event.externalCode())
                .param("level", event.levelName())
                .param("leader", event.leader())
                .param("version", event.version())
                .update();
    }

    /** The unit gets its new parent; its path and the paths of everything below it follow. */
    public void apply(String tenant, OrgUnitMoved event) {
        int changed = jdbc.sql("""
                update org_unit_replica set parent_id = :parent, version = :version
                where tenant_id = :tenant and unit_id = :id and version < :version""")
                .param("tenant", tenant)
                .param("id", event.unitId())
                .param("parent", event.parentId())
                .param("version", event.version())
                .update();
        if (changed > 0) {
            place(tenant, event.unitId(), path(event.ancestorIds()));
        }
    }

    public void apply(String tenant, OrgUnitClosed event) {
        jdbc.sql("""
                update org_unit_replica set closed_from = :closedFrom, version = :version
                where tenant_id = :tenant and unit_id = :id and version < :version""")
                .param("tenant", tenant)
                .param("id", event.unitId())
                .param("closedFrom", event.closedFrom())
                .param("version", event.version())
                .update();
    }

    /** The units that exist today, top first, each before the units below it. */
    public List<OrgUnitView> units(String tenant) {
        return jdbc.sql("select * from org_unit_replica where tenant_id = :tenant and " + EXISTS_TODAY + " order by path")
                .param("tenant", tenant).param("today", today()).query(ROW).list();
    }

    /** A unit, also one that is closed or not open yet (its dates say which). */
    public Optional<OrgUnitView> unit(String tenant, UUID id) {
        return jdbc.sql("select * from org_unit_replica where tenant_id = :tenant and unit_id = :id")
                .param("tenant", tenant).param("id", id).query(ROW).optional();
    }

    /** The unit with this code (the token's {@code org_unit} claim), also one that is closed or not open yet. */
    public Optional<OrgUnitView> unitWithExternalCode(String tenant, String externalCode) {
        return jdbc.sql("select * from org_unit_replica where tenant_id = :tenant and external_code = :code")
                .param("tenant", tenant).param("code", externalCode).query(ROW).optional();
    }

    /** The unit and everything below it that exists today: one prefix scan on the path index. */
    public List<OrgUnitView> subtree(String tenant, UUID id) {
        return unit(tenant, id).map(top -> jdbc.sql("""
                        select * from org_unit_replica
                        where tenant_id = :tenant and path like :prefix escape '\\' and %s order by path"""
                        .formatted(EXISTS_TODAY))
                        .param("tenant", tenant).param("prefix", top.path() + "%").param("today", today()).query(ROW).list())
                .orElse(List.of());
    }

    /**
     * Sets the unit's path from its parent's (or, while the parent is unknown here, from the event) and the paths of
     * everything below it from their parents. The cycle guard only matters while a move that breaks a temporary
     * loop of parents is still on its way.
     */
    private void place(String tenant, UUID unitId, String pathFromEvent) {
        jdbc.sql("""
                with recursive placed (unit_id, path) as (
                    select u.unit_id, coalesce(p.path, :pathFromEvent) || u.unit_id || '/'
                    from org_unit_replica u
                    left join org_unit_replica p on p.tenant_id = u.tenant_id and p.unit_id = u.parent_id
                    where u.tenant_id = :tenant and u.unit_id = :id
                  union all
                    select c.unit_id, placed.path || c.unit_id || '/'
                    from placed
                    join org_unit_replica c on c.tenant_id = :tenant and c.parent_id = placed.unit_id
                    where strpos(placed.path, '/' || c.unit_id || '/') = 0
                )
                update org_unit_replica r set path = placed.path
                from placed
                where r.tenant_id = :tenant and r.unit_id = placed.unit_id and r.path <> placed.path""")
                .param("tenant", tenant)
                .param("id", unitId)
                .param("pathFromEvent", pathFromEvent)
                .update();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** "/" followed by each id and "/": the path of the unit's parent as the event tells it. */
    private static String path(List<UUID> ancestorIds) {
        StringBuilder path = new StringBuilder("/");
        ancestorIds.forEach(id -> path.append(id).append('/'));
        return path.toString();
    }
}
