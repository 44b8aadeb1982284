package no.virksomhetsplan.plans.orgunit.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnit;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnits;
import no.virksomhetsplan.platform.domain.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Org units in PostgreSQL. {@code path} holds the ids from the top down to the unit ({@code /a/b/c/}), indexed
 * with {@code text_pattern_ops}, so a subtree is one prefix scan.
 */
@Repository
class JdbcOrgUnits implements OrgUnits {

    private static final RowMapper<OrgUnit> ROW = (rs, n) -> {
        OrgUnitId id = new OrgUnitId(rs.getObject("id", UUID.class));
        List<OrgUnitId> pathIds = Arrays.stream(rs.getString("path").split("/"))
                .filter(part -> !part.isEmpty())
                .map(part -> new OrgUnitId(UUID.fromString(part)))
                .toList();
        UUID parent = rs.getObject("parent_id", UUID.class);
        return new OrgUnit(id, rs.getString("tenant_id"), parent == null ? null : new OrgUnitId(parent),
                pathIds.subList(0, pathIds.size() - 1), rs.getString("name"), rs.getString("external_code"),
                rs.getString("level_name"), rs.getLong("version"));
    };

    private final JdbcClient jdbc;

    JdbcOrgUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<OrgUnit> find(String tenant, OrgUnitId id) {
        return jdbc.sql("select * from org_unit where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", id.value()).query(ROW).optional();
    }

    @Override
    public Optional<OrgUnit> findByExternalCode(String tenant, String externalCode) {
        return jdbc.sql("select * from org_unit where tenant_id = :tenant and external_code = :code")
                .param("tenant", tenant).param("code", externalCode).query(ROW).optional();
    }

    @Override
    public boolean hasTop(String tenant) {
        return jdbc.sql("select exists (select 1 from org_unit where tenant_id = :tenant and parent_id is null)")
                .param("tenant", tenant).query(Boolean.class).single();
    }

    @Override
    public boolean externalCodeTaken(String tenant, String externalCode) {
        return jdbc.sql("select exists (select 1 from org_unit where tenant_id = :tenant and external_code = :code)")
                .param("tenant", tenant).param("code", externalCode).query(Boolean.class).single();
    }

    @Override
    public List<OrgUnit> all(String tenant) {
        return jdbc.sql("select * from org_unit where tenant_id = :tenant order by path")
                .param("tenant", tenant).query(ROW).list();
    }

    @Override
    public List<OrgUnit> subtree(String tenant, OrgUnitId id) {
        return jdbc.sql("""
                select u.* from org_unit top
                join org_unit u on u.tenant_id = top.tenant_id and u.path like top.path || '%'
                where top.tenant_id = :tenant and top.id = :id
                order by u.path""")
                .param("tenant", tenant).param("id", id.value()).query(ROW).list();
    }

    @Override
    public void add(OrgUnit unit) {
        StringBuilder path = new StringBuilder("/");
        unit.ancestorIds().forEach(ancestor -> path.append(ancestor).append('/'));
        path.append(unit.id()).append('/');
        try {
            jdbc.sql("""
                    insert into org_unit (tenant_id, id, parent_id, path, name, external_code, level_name, version)
                    values (:tenant, :id, :parent, :path, :name, :code, :level, :version)""")
                    .param("tenant", unit.tenant())
                    .param("id", unit.id().value())
                    .param("parent", unit.parentId() == null ? null : unit.parentId().value())
                    .param("path", path.toString())
                    .param("name", unit.name())
                    .param("code", unit.externalCode())
                    .param("level", unit.levelName())
                    .param("version", unit.version())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("A unit with the same code, or a second top unit, already exists.");
        }
    }
}
