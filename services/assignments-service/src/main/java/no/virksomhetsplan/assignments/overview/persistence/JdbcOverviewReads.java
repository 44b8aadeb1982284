package no.virksomhetsplan.assignments.overview.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.assignments.overview.domain.Counts;
import no.virksomhetsplan.assignments.overview.domain.ItemSummary;
import no.virksomhetsplan.assignments.overview.domain.OverviewReads;
import no.virksomhetsplan.assignments.overview.domain.UnitCounts;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOverviewReads implements OverviewReads {

    private static final String OPEN = "('NOT_STARTED', 'IN_PROGRESS', 'DELAYED')";
    private static final String OVERDUE = "OVERDUE";
    private static final String OWNERLESS = "OWNERLESS";

    private static final String SUMMARY_COLUMNS = """
            w.id, w.kind, w.assignment_id, a.title as assignment_title, w.title, w.unit_id, u.name as unit_name, w.responsible,
            w.responsible_left, w.deadline, w.status, w.light, w.overdue_since, w.version
            from work_item w
            join work_item a on a.tenant_id = w.tenant_id and a.id = w.assignment_id
            left join org_unit_replica u on u.tenant_id = w.tenant_id and u.unit_id = w.unit_id""";

    private static final RowMapper<ItemSummary> SUMMARY = (rs, n) -> {
        String status = rs.getString("status");
        boolean open = !status.equals("DONE") && !status.equals("CANCELLED");
        LocalDate overdueSince = rs.getObject("overdue_since", LocalDate.class);
        boolean overdue = open && overdueSince != null;
        String responsible = rs.getString("responsible");
        return new ItemSummary(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getObject("assignment_id", UUID.class),
                rs.getString("assignment_title"), rs.getString("title"), rs.getObject("unit_id", UUID.class),
                rs.getString("unit_name"), responsible, rs.getObject("deadline", LocalDate.class), status,
                overdue ? "RED" : rs.getString("light"), overdue, overdueSince,
                open && (responsible == null || rs.getBoolean("responsible_left")), rs.getBoolean("responsible_left"),
                rs.getLong("version"));
    };

    private final JdbcClient jdbc;

    JdbcOverviewReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, UnitCounts> counts(String tenant, int year, Collection<UUID> units) {
        Map<UUID, Map<String, Map<String, Long>>> own = new HashMap<>();
        Map<UUID, Map<String, Map<String, Long>>> subtree = new HashMap<>();
        if (!units.isEmpty()) {
            jdbc.sql("""
                    select unit_id, kind, measure, own, subtree from status_count
                    where tenant_id = :tenant and year = :year and unit_id in (:units)""")
                    .param("tenant", tenant).param("year", year).param("units", List.copyOf(units))
                    .query((rs, n) -> {
                        UUID unit = rs.getObject("unit_id", UUID.class);
                        String kind = rs.getString("kind");
                        String measure = rs.getString("measure");
                        own.computeIfAbsent(unit, u -> new HashMap<>()).computeIfAbsent(kind, k -> new HashMap<>())
                                .put(measure, rs.getLong("own"));
                        subtree.computeIfAbsent(unit, u -> new HashMap<>()).computeIfAbsent(kind, k -> new HashMap<>())
                                .put(measure, rs.getLong("subtree"));
                        return null;
                    })
                    .list();
        }
        Map<UUID, UnitCounts> counts = new HashMap<>();
        for (UUID unit : units) {
            counts.put(unit, new UnitCounts(byKind(own.get(unit)), byKind(subtree.get(unit))));
        }
        return counts;
    }

    @Override
    public List<ItemSummary> flagged(String tenant, Collection<UUID> subtree, boolean ownerless, Integer year, int offset,
            int limit) {
        if (subtree.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + SUMMARY_COLUMNS + " where w.tenant_id = :tenant and w.unit_id in (:units) and w.status in "
                        + OPEN + (ownerless ? " and (w.responsible is null or w.responsible_left)" : " and w.overdue_since is not null")
                        + " and (cast(:year as int) is null or extract(year from w.deadline) = cast(:year as int))"
                        + " order by w.deadline, w.id offset :offset limit :limit")
                .param("tenant", tenant).param("units", List.copyOf(subtree)).param("year", year)
                .param("offset", offset).param("limit", limit)
                .query(SUMMARY).list();
    }

    @Override
    public long countFlagged(String tenant, UUID subtreeTop, boolean ownerless, Integer year) {
        return jdbc.sql("""
                select coalesce(sum(subtree), 0) from status_count
                where tenant_id = :tenant and unit_id = :unit and measure = :measure
                  and (cast(:year as int) is null or year = cast(:year as int))""")
                .param("tenant", tenant).param("unit", subtreeTop).param("measure", ownerless ? OWNERLESS : OVERDUE)
                .param("year", year)
                .query(Long.class).single();
    }

    @Override
    public List<ItemSummary> openItemsOf(String tenant, String username, int offset, int limit) {
        return jdbc.sql("select " + SUMMARY_COLUMNS
                        + " where w.tenant_id = :tenant and w.responsible = :username and w.status in " + OPEN
                        + " order by (w.overdue_since is null), w.deadline, w.id offset :offset limit :limit")
                .param("tenant", tenant).param("username", username).param("offset", offset).param("limit", limit)
                .query(SUMMARY).list();
    }

    @Override
    public Counts countsOf(String tenant, String username) {
        Map<String, Long> byStatus = new HashMap<>();
        long[] overdue = new long[1];
        jdbc.sql("""
                select status, count(*) as items, count(overdue_since) as overdue from work_item
                where tenant_id = :tenant and responsible = :username group by status""")
                .param("tenant", tenant).param("username", username)
                .query((rs, n) -> {
                    String status = rs.getString("status");
                    byStatus.put(status, rs.getLong("items"));
                    if (!status.equals("DONE") && !status.equals("CANCELLED")) {
                        overdue[0] += rs.getLong("overdue");
                    }
                    return null;
                })
                .list();
        return new Counts(byStatus, overdue[0], 0);
    }

    private static Map<String, Counts> byKind(Map<String, Map<String, Long>> measuresByKind) {
        Map<String, Counts> byKind = new HashMap<>();
        if (measuresByKind == null) {
            return byKind;
        }
        measuresByKind.forEach((kind, measures) -> {
            Map<String, Long> byStatus = new HashMap<>(measures);
            long overdue = byStatus.getOrDefault(OVERDUE, 0L);
            long ownerless = byStatus.getOrDefault(OWNERLESS, 0L);
            byStatus.remove(OVERDUE);
            byStatus.remove(OWNERLESS);
            byKind.put(kind, new Counts(byStatus, overdue, ownerless));
        });
        return byKind;
    }
}
