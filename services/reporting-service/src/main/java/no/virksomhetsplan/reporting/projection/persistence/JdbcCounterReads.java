package no.virksomhetsplan.reporting.projection.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.reporting.period.domain.Period;
import no.virksomhetsplan.reporting.projection.domain.CounterDeltas;
import no.virksomhetsplan.reporting.projection.domain.Counts;
import no.virksomhetsplan.reporting.projection.domain.ItemState;
import no.virksomhetsplan.reporting.projection.domain.UnitCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the counters of a few units for a period by key: a year's total row, or the sum of the period's months. */
@Repository
public class JdbcCounterReads {

    private final JdbcClient jdbc;

    JdbcCounterReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<UUID, UnitCounts> counts(String tenant, Period period, Collection<UUID> units) {
        Map<UUID, Map<String, Map<String, Long>>> own = new HashMap<>();
        Map<UUID, Map<String, Map<String, Long>>> subtree = new HashMap<>();
        boolean yearly = period.kind() == Period.Kind.YEAR;
        if (!units.isEmpty()) {
            jdbc.sql("""
                    select unit_id, kind, measure, sum(own) as own, sum(subtree) as subtree from status_count
                    where tenant_id = :tenant and unit_id in (:units) and year = :year and month between :first and :last
                    group by unit_id, kind, measure""")
                    .param("tenant", tenant).param("units", List.copyOf(units)).param("year", period.year())
                    .param("first", yearly ? CounterDeltas.YEAR_TOTAL : period.firstMonth())
                    .param("last", yearly ? CounterDeltas.YEAR_TOTAL : period.lastMonth())
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

    private static Map<String, Counts> byKind(Map<String, Map<String, Long>> measuresByKind) {
        Map<String, Counts> byKind = new HashMap<>();
        if (measuresByKind != null) {
            measuresByKind.forEach((kind, measures) -> {
                Map<String, Long> byStatus = new HashMap<>(measures);
                Long overdue = byStatus.remove(ItemState.OVERDUE);
                byKind.put(kind, new Counts(byStatus, overdue == null ? 0 : overdue));
            });
        }
        return byKind;
    }
}
