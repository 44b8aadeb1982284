package no.virksomhetsplan.indicators.aggregate.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.testsupport.Infrastructure;
import no.virksomhetsplan.testsupport.RealInfrastructure;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * V3 turns the aggregates kept before the journal (ADR 0015: own rows for every period, subtree rows with the unit's
 * own values in them) into those kept after it (ADR 0025: no own row for a value's own period, below rows without the
 * unit), in a schema of its own: a unit with values of its own and values below it, for SUM and for LAST.
 */
@RealInfrastructure
class AggregateMigrationTest {

    private final UUID top = UUID.randomUUID();
    private final UUID sector = UUID.randomUUID();
    private final UUID unit = UUID.randomUUID();
    private final UUID sum = UUID.randomUUID();
    private final UUID last = UUID.randomUUID();
    private FluentConfiguration flyway;
    private JdbcClient jdbc;
    private String schema;

    @BeforeEach
    void aDatabaseAsVersion2LeftIt() {
        var endpoints = Infrastructure.endpoints();
        schema = "migration_" + UUID.randomUUID().toString().substring(0, 8);
        String url = endpoints.jdbcUrl() + (endpoints.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        var dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), url, endpoints.username(), endpoints.password());
        flyway = Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true).locations("classpath:db/migration");
        flyway.target("2").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        indicator(sum, "SUM");
        indicator(last, "LAST");
    }

    @AfterEach
    void dropTheSchema() {
        jdbc.sql("drop schema " + schema + " cascade").update();
    }

    @Test
    void subtreeRowsBecomeRowsOfWhatIsBelowAndOwnRowsOfValuesOwnPeriodsGo() {
        // SUM: the unit has 10 in January and 20 in February, the sector 7 in January.
        own(sum, "SUM", unit, "2025-01", 10, 1, "2025-01-01", 10);
        own(sum, "SUM", unit, "2025-02", 20, 1, "2025-02-01", 20);
        own(sum, "SUM", unit, "2025-T1", 30, 2, "2025-02-01", 20);
        own(sum, "SUM", unit, "2025", 30, 2, "2025-02-01", 20);
        own(sum, "SUM", sector, "2025-01", 7, 1, "2025-01-01", 7);
        own(sum, "SUM", sector, "2025-T1", 7, 1, "2025-01-01", 7);
        own(sum, "SUM", sector, "2025", 7, 1, "2025-01-01", 7);
        for (UUID withUnit : new UUID[] {unit, sector, top}) {
            int sectorsOwn = withUnit == unit ? 0 : 7;
            subtree(sum, "SUM", withUnit, "2025-01", 10 + sectorsOwn, withUnit == unit ? 1 : 2);
            subtree(sum, "SUM", withUnit, "2025-02", 20, 1);
            subtree(sum, "SUM", withUnit, "2025-T1", 30 + sectorsOwn, withUnit == unit ? 2 : 3);
            subtree(sum, "SUM", withUnit, "2025", 30 + sectorsOwn, withUnit == unit ? 2 : 3);
        }
        // LAST: the unit has 10 in January and 12 in March, the sector 2 in February; subtrees add up latest values.
        own(last, "LAST", unit, "2025-01", 10, 1, "2025-01-01", 10);
        own(last, "LAST", unit, "2025-03", 12, 1, "2025-03-01", 12);
        own(last, "LAST", unit, "2025-T1", 22, 2, "2025-03-01", 12);
        own(last, "LAST", sector, "2025-02", 2, 1, "2025-02-01", 2);
        own(last, "LAST", sector, "2025-T1", 2, 1, "2025-02-01", 2);
        subtree(last, "LAST", unit, "2025-01", 10, 1);
        subtree(last, "LAST", unit, "2025-03", 12, 1);
        subtree(last, "LAST", unit, "2025-T1", 12, 2);
        subtree(last, "LAST", sector, "2025-01", 10, 1);
        subtree(last, "LAST", sector, "2025-02", 2, 1);
        subtree(last, "LAST", sector, "2025-03", 12, 1);
        subtree(last, "LAST", sector, "2025-T1", 14, 3);

        flyway.target("3").load().migrate();

        assertThat(rows(sum, unit)).containsOnly(Map.entry("2025-T1 UNIT", "30 (2)"), Map.entry("2025 UNIT", "30 (2)"));
        assertThat(rows(sum, sector)).containsOnly(Map.entry("2025-T1 UNIT", "7 (1)"), Map.entry("2025 UNIT", "7 (1)"),
                Map.entry("2025-01 BELOW", "10 (1)"), Map.entry("2025-02 BELOW", "20 (1)"), Map.entry("2025-T1 BELOW", "30 (2)"),
                Map.entry("2025 BELOW", "30 (2)"));
        assertThat(rows(sum, top)).containsOnly(Map.entry("2025-01 BELOW", "17 (2)"), Map.entry("2025-02 BELOW", "20 (1)"),
                Map.entry("2025-T1 BELOW", "37 (3)"), Map.entry("2025 BELOW", "37 (3)"));
        assertThat(rows(last, unit)).containsOnly(Map.entry("2025-T1 UNIT", "22 (2)"));
        assertThat(rows(last, sector)).as("the sector's own latest (2) taken out of its subtree's sum of latest values")
                .containsOnly(Map.entry("2025-T1 UNIT", "2 (1)"), Map.entry("2025-01 BELOW", "10 (1)"),
                        Map.entry("2025-03 BELOW", "12 (1)"), Map.entry("2025-T1 BELOW", "12 (2)"));
    }

    private void indicator(UUID id, String aggregation) {
        jdbc.sql("""
                insert into indicator (tenant_id, id, key, name_nb, name_nn, name_en, unit_of_measure, aggregation, periodicity,
                                       service_area, source, roll_up, version)
                values ('fjordvik', :id, :key, 'a', 'b', 'c', 'antall', :aggregation, 'MONTH', 'HELSE', 'gerica', true, 1)""")
                .param("id", id).param("key", "k-" + id.toString().substring(0, 8)).param("aggregation", aggregation).update();
    }

    private void own(UUID indicator, String aggregation, UUID unitId, String period, int valueSum, int count, String lastStart,
            int lastValue) {
        jdbc.sql("""
                insert into indicator_aggregate (tenant_id, indicator_id, unit_id, period, scope, aggregation, value, value_sum,
                                                 value_count, last_start, last_value)
                values ('fjordvik', :indicator, :unit, :period, 'UNIT', :aggregation, :value, :sum, :count, cast(:lastStart as date), :last)""")
                .param("indicator", indicator).param("unit", unitId).param("period", period).param("aggregation", aggregation)
                .param("value", aggregation.equals("LAST") ? lastValue : valueSum).param("sum", valueSum).param("count", count)
                .param("lastStart", lastStart).param("last", lastValue).update();
    }

    private void subtree(UUID indicator, String aggregation, UUID unitId, String period, int valueSum, int count) {
        jdbc.sql("""
                insert into indicator_aggregate (tenant_id, indicator_id, unit_id, period, scope, aggregation, value, value_sum, value_count)
                values ('fjordvik', :indicator, :unit, :period, 'SUBTREE', :aggregation, :sum, :sum, :count)""")
                .param("indicator", indicator).param("unit", unitId).param("period", period).param("aggregation", aggregation)
                .param("sum", valueSum).param("count", count).update();
    }

    /** "period scope" → "value_sum (value_count)". */
    private Map<String, String> rows(UUID indicator, UUID unitId) {
        Map<String, String> rows = new HashMap<>();
        jdbc.sql("select period, scope, value_sum, value_count from indicator_aggregate where indicator_id = :indicator and unit_id = :unit")
                .param("indicator", indicator).param("unit", unitId)
                .query((rs, n) -> rows.put(rs.getString("period") + " " + rs.getString("scope"),
                        rs.getBigDecimal("value_sum").stripTrailingZeros().toPlainString() + " (" + rs.getInt("value_count") + ")"))
                .list();
        return rows;
    }
}
