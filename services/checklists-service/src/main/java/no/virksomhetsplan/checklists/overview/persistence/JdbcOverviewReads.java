package no.virksomhetsplan.checklists.overview.persistence;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.checklists.overview.domain.OverviewReads;
import no.virksomhetsplan.checklists.overview.domain.QuestionMeasure;
import no.virksomhetsplan.checklists.overview.domain.ResponseMeasure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOverviewReads implements OverviewReads {

    private final JdbcClient jdbc;

    JdbcOverviewReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<ResponseMeasure, Long> responseCounts(String tenant, UUID distributionId, UUID unitId) {
        Map<ResponseMeasure, Long> counts = new EnumMap<>(ResponseMeasure.class);
        jdbc.sql("""
                select measure, subtree from response_count
                where tenant_id = :tenant and distribution_id = :distribution and unit_id = :unit""")
                .param("tenant", tenant).param("distribution", distributionId).param("unit", unitId)
                .query((rs, n) -> counts.put(ResponseMeasure.valueOf(rs.getString("measure")), rs.getLong("subtree"))).list();
        return counts;
    }

    @Override
    public Map<UnitName, Map<ResponseMeasure, Long>> childrenResponseCounts(String tenant, UUID distributionId, UUID parentId) {
        Map<UnitName, Map<ResponseMeasure, Long>> children = new LinkedHashMap<>();
        jdbc.sql("""
                select c.unit_id, u.name, c.measure, c.subtree from org_unit_replica u
                join response_count c on c.tenant_id = u.tenant_id and c.distribution_id = :distribution and c.unit_id = u.unit_id
                where u.tenant_id = :tenant and u.parent_id = :parent
                order by u.name, u.unit_id""")
                .param("tenant", tenant).param("distribution", distributionId).param("parent", parentId)
                .query((rs, n) -> children.computeIfAbsent(new UnitName(rs.getObject("unit_id", UUID.class), rs.getString("name")),
                                id -> new EnumMap<>(ResponseMeasure.class))
                        .put(ResponseMeasure.valueOf(rs.getString("measure")), rs.getLong("subtree")))
                .list();
        return children;
    }

    @Override
    public Map<UUID, Map<QuestionMeasure, Long>> questionCounts(String tenant, UUID distributionId, UUID unitId) {
        Map<UUID, Map<QuestionMeasure, Long>> counts = new HashMap<>();
        jdbc.sql("""
                select question_id, measure, subtree from question_count
                where tenant_id = :tenant and distribution_id = :distribution and unit_id = :unit""")
                .param("tenant", tenant).param("distribution", distributionId).param("unit", unitId)
                .query((rs, n) -> counts.computeIfAbsent(rs.getObject("question_id", UUID.class), id -> new EnumMap<>(QuestionMeasure.class))
                        .put(QuestionMeasure.valueOf(rs.getString("measure")), rs.getLong("subtree")))
                .list();
        return counts;
    }

    @Override
    public List<Unanswered> notSubmitted(String tenant, UUID distributionId, String pathPrefix, int offset, int limit) {
        return jdbc.sql("""
                select o.id, o.unit_id, o.name, o.status, o.responsible, l.leader_username
                from (select r.id, r.unit_id, u.name, r.status, r.responsible, u.path, u.tenant_id
                      from response r
                      join org_unit_replica u on u.tenant_id = r.tenant_id and u.unit_id = r.unit_id
                      where r.tenant_id = :tenant and r.distribution_id = :distribution and r.status <> 'SUBMITTED'
                        and u.path like :prefix
                      order by u.path
                      offset :offset limit :limit) o
                left join lateral (
                    select a.leader_username from org_unit_replica a
                    where a.tenant_id = o.tenant_id and a.leader_username is not null
                      and a.unit_id = any(cast(string_to_array(trim(both '/' from o.path), '/') as uuid[]))
                    order by length(a.path) desc limit 1) l on true
                order by o.path""")
                .param("tenant", tenant).param("distribution", distributionId).param("prefix", pathPrefix + "%")
                .param("offset", offset).param("limit", limit)
                .query((rs, n) -> new Unanswered(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class),
                        rs.getString("name"), rs.getString("status"), rs.getString("responsible"), rs.getString("leader_username")))
                .list();
    }
}
