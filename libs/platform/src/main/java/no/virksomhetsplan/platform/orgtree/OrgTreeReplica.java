package no.virksomhetsplan.platform.orgtree;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.virksomhetsplan.contracts.org.OrgUnitCreated;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * This service's copy of the org tree, kept from plans-service's events. Every read is scoped to a tenant;
 * an older version of a unit never overwrites a newer one, so replays and reordering are harmless.
 */
public class OrgTreeReplica {

    private static final RowMapper<OrgUnitView> ROW = (rs, n) -> new OrgUnitView(
            rs.getObject("unit_id", UUID.class), rs.getObject("parent_id", UUID.class), rs.getString("name"),
            rs.getString("external_code"), rs.getString("level_name"), rs.getString("path"), rs.getLong("version"));

    private final JdbcClient jdbc;

    public OrgTreeReplica(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void apply(String tenant, OrgUnitCreated event) {
        StringBuilder path = new StringBuilder("/");
        event.ancestorIds().forEach(id -> path.append(id).append('/'));
        path.append(event.unitId()).append('/');
        jdbc.sql("""
                insert into org_unit_replica (tenant_id, unit_id, parent_id, name, external_code, level_name, path, version)
                values (:tenant, :id, :parent, :name, :code, :level, :path, :version)
                on conflict (tenant_id, unit_id) do update set
                    parent_id = excluded.parent_id, name = excluded.name, external_code = excluded.external_code,
                    level_name = excluded.level_name, path = excluded.path, version = excluded.version
                where org_unit_replica.version < excluded.version""")
                .param("tenant", tenant)
                .param("id", event.unitId())
                .param("parent", event.parentId())
                .param("name", event.name())
                .param("code", event.externalCode())
                .param("level", event.levelName())
                .param("path", path.toString())
                .param("version", event.version())
                .update();
    }

    public List<OrgUnitView> units(String tenant) {
        return jdbc.sql("select * from org_unit_replica where tenant_id = :tenant order by path")
                .param("tenant", tenant).query(ROW).list();
    }

    public Optional<OrgUnitView> unit(String tenant, UUID id) {
        return jdbc.sql("select * from org_unit_replica where tenant_id = :tenant and unit_id = :id")
                .param("tenant", tenant).param("id", id).query(ROW).optional();
    }

    public Optional<OrgUnitView> unitWithExternalCode(String tenant, String externalCode) {
        return jdbc.sql("select * from org_unit_replica where tenant_id = :tenant and external_code = :code")
                .param("tenant", tenant).param("code", externalCode).query(ROW).optional();
    }

    /** The unit and everything below it: one prefix scan on the path index. */
    public List<OrgUnitView> subtree(String tenant, UUID id) {
        return unit(tenant, id).map(top -> jdbc.sql("""
                        select * from org_unit_replica
                        where tenant_id = :tenant and path like :prefix escape '\\' order by path""")
                        .param("tenant", tenant).param("prefix", top.path() + "%").query(ROW).list())
                .orElse(List.of());
    }
}
