package no.virksomhetsplan.reporting.orgunit.persistence;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.platform.orgtree.OrgTreeReplica;
import no.virksomhetsplan.reporting.orgunit.domain.OrgUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The units directly below a unit, read from the replica's table by parent (its index), so drilling down from the top
 * of a large municipality reads a sector list, not the whole tree.
 */
@Repository
public class JdbcChildUnits {

    private final JdbcClient jdbc;

    JdbcChildUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The children that exist today, by name. */
    public List<OrgUnit> of(String tenant, UUID parent) {
        return jdbc.sql("""
                select unit_id, parent_id, name, path, leader_username from org_unit_replica
                where tenant_id = :tenant and parent_id = :parent
                  and (valid_from is null or valid_from <= :today) and (closed_from is null or closed_from > :today)
                order by name, unit_id""")
                .param("tenant", tenant).param("parent", parent).param("today", LocalDate.now(OrgTreeReplica.NORWAY))
                .query((rs, n) -> new OrgUnit(rs.getObject("unit_id", UUID.class), rs.getObject("parent_id", UUID.class),
                        rs.getString("name"), Arrays.stream(rs.getString("path").split("/")).filter(part -> !part.isEmpty())
                                .map(UUID::fromString).toList(), rs.getString("leader_username")))
                .list();
    }
}
