package no.virksomhetsplan.plans.orgunit.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** "This unit and everything below it" on a day is one query that reads the path index as a range. */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SubtreeQueryTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aSubtreeIsOneRangeScanOfThePathIndex() {
        String tenant = "t-" + UUID.randomUUID();
        UUID top = UUID.randomUUID();
        List<String> plan = transaction.execute(status -> {
            status.setRollbackOnly();
            aMunicipalityWithUnits(tenant, top, 2_000);
            return jdbc.sql("explain " + JdbcOrgUnits.SUBTREE_ON_DAY)
                    .param("tenant", tenant).param("id", top).param("day", LocalDate.now())
                    .query(String.class).list();
        });

        String text = String.join("\n", plan);
        assertThat(text).as(text).containsPattern("Index (Only )?Scan using org_unit_period_path on org_unit_period p");
        assertThat(plan).as(text).anySatisfy(line -> assertThat(line).contains("Index Cond")
                .contains("path ~>=~ (InitPlan").contains("path ~<~ (InitPlan"));
    }

    /** A top unit with the given number of units below it, and statistics as the database would gather them. */
    private void aMunicipalityWithUnits(String tenant, UUID top, int units) {
        jdbc.sql("""
                insert into org_unit (tenant_id, id, parent_id, path, name, version)
                values (:tenant, :top, null, '/' || :top || '/', 'Kommunen', 1)""")
                .param("tenant", tenant).param("top", top).update();
        jdbc.sql("""
                insert into org_unit (tenant_id, id, parent_id, path, name, version)
                select :tenant, id, :top, '/' || :top || '/' || id || '/', 'Enhet', 1
                from (select gen_random_uuid() id from generate_series(1, :units)) new_units""")
                .param("tenant", tenant).param("top", top).param("units", units).update();
        jdbc.sql("""
                insert into org_unit_period (tenant_id, unit_id, valid_from, parent_id, path, name)
                select tenant_id, id, date '2026-01-01', parent_id, path, name from org_unit where tenant_id = :tenant""")
                .param("tenant", tenant).update();
        jdbc.sql("analyze org_unit_period").update();
        jdbc.sql("analyze org_unit").update();
    }
}
