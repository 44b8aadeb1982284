package no.virksomhetsplan.assignments.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.assignments.assignment.domain.StatusCounters;
import no.virksomhetsplan.assignments.overview.domain.OverviewReads;
import no.virksomhetsplan.assignments.overview.domain.UnitCounts;
import no.virksomhetsplan.testsupport.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hot paths at the benchmark size: a municipality of 900 units with 60,000 assignments, 60,000 delegations
 * and 300,000 tasks, written straight into the tables. Not a timed test: it checks that the status overview reads its
 * counters and Min side its index instead of scanning the items, that the counters rebuilt from the tree add up, and
 * logs the times it saw. Deadlines are in 2099, out of reach of the deadline jobs other tests run.
 */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HotPathsAtScaleTest {

    private static final Logger log = LoggerFactory.getLogger(HotPathsAtScaleTest.class);
    private static final int SECTORS = 15;
    private static final int UNITS_PER_SECTOR = 60;
    private static final int ASSIGNMENTS = 60_000;
    private static final int TASKS_PER_ASSIGNMENT = 5;
    private static final int PEOPLE = 5_000;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    StatusCounters counters;
    @Autowired
    OverviewReads reads;

    private final String tenant = "scale-" + UUID.randomUUID().toString().substring(0, 8);
    private final UUID top = UUID.randomUUID();
    private final List<UUID> sectors = new ArrayList<>();

    @BeforeEach
    void aLargeMunicipality() {
        long started = System.nanoTime();
        jdbc.sql("insert into org_unit_replica (tenant_id, unit_id, name, path, version) values (:t, :id, 'Kommunen', :path, 1)")
                .param("t", tenant).param("id", top).param("path", "/" + top + "/").update();
        for (int s = 0; s < SECTORS; s++) {
            UUID sector = UUID.randomUUID();
            sectors.add(sector);
            jdbc.sql("""
                    insert into org_unit_replica (tenant_id, unit_id, parent_id, name, path, version)
                    values (:t, :id, :top, :name, :path, 1)""")
                    .param("t", tenant).param("id", sector).param("top", top).param("name", "Bydel " + s)
                    .param("path", "/" + top + "/" + sector + "/").update();
            jdbc.sql("""
                    insert into org_unit_replica (tenant_id, unit_id, parent_id, name, path, version)
                    select :t, u, :sector, 'Enhet ' || n, cast(:path as text) || u || '/', 1
                    from (select n, md5(cast(:t as text) || cast(:sector as text) || n)::uuid as u
                          from generate_series(1, :units) n) units""")
                    .param("t", tenant).param("sector", sector).param("path", "/" + top + "/" + sector + "/")
                    .param("units", UNITS_PER_SECTOR).update();
        }
        // The deadline jobs other tests run walk every municipality: this one has its overdue items escalated already
        // and no weekly digest, so they find nothing to do here.
        jdbc.sql("""
                insert into settings_replica (tenant_id, language, days_before_long, days_before_short, weekly_digest,
                                              escalate_after_days, version)
                values (:t, 'nb', 28, 7, false, 7, 1)""").param("t", tenant).update();
        transaction.executeWithoutResult(tx -> {
            jdbc.sql("""
                    create temporary table scale_unit on commit drop as
                    select row_number() over (order by unit_id) - 1 as n, unit_id from org_unit_replica
                    where tenant_id = :t and parent_id is not null and parent_id <> :top""")
                    .param("t", tenant).param("top", top).update();
            int units = SECTORS * UNITS_PER_SECTOR;
            jdbc.sql("""
                    insert into work_item (tenant_id, id, assignment_id, kind, parent_id, unit_id, title, responsible, deadline,
                                           status, light, version, created_by, created_at)
                    select :t, g.a, g.a, 'ASSIGNMENT', null, u.unit_id, 'Oppdrag ' || g.n, 'person.' || (g.n % :people),
                           date '2099-01-10' + (g.n % 300), (array['NOT_STARTED','IN_PROGRESS','DONE','DELAYED'])[1 + g.n % 4],
                           'GREEN', 1, 'seed', now()
                    from (select n, md5(cast(:t as text) || 'a' || n)::uuid as a from generate_series(1, :assignments) n) g
                    join scale_unit u on u.n = g.n % :units""")
                    .param("t", tenant).param("people", PEOPLE).param("assignments", ASSIGNMENTS).param("units", units).update();
            jdbc.sql("""
                    insert into assignment (tenant_id, id, type_code, source_kind, include_in_monthly_report)
                    select tenant_id, id, 'VERBALVEDTAK', 'NONE', false from work_item where tenant_id = :t and kind = 'ASSIGNMENT'""")
                    .param("t", tenant).update();
            jdbc.sql("""
                    insert into work_item (tenant_id, id, assignment_id, kind, parent_id, unit_id, from_unit_id, responsible,
                                           deadline, status, light, version, created_by, created_at)
                    select tenant_id, md5(id::text || 'd')::uuid, id, 'DELEGATION', id, unit_id, unit_id,
                           'person.' || (abs(hashtext(id::text)) % :people), deadline, status, light, 1, 'seed', now()
                    from work_item where tenant_id = :t and kind = 'ASSIGNMENT'""")
                    .param("t", tenant).param("people", PEOPLE).update();
            jdbc.sql("""
                    insert into work_item (tenant_id, id, assignment_id, kind, parent_id, unit_id, title, responsible, deadline,
                                           status, light, overdue_since, escalated_on, version, created_by, created_at)
                    select d.tenant_id, md5(d.id::text || k)::uuid, d.assignment_id, 'TASK', d.id, d.unit_id, 'Oppgave ' || k,
                           'person.' || (abs(hashtext(d.id::text || k)) % :people), d.deadline - k,
                           (array['NOT_STARTED','IN_PROGRESS','DONE','DELAYED'])[1 + abs(hashtext(d.id::text || k)) % 4], 'GREEN',
                           case when abs(hashtext(d.id::text || k)) % 50 = 0 then d.deadline - k + 1 end,
                           case when abs(hashtext(d.id::text || k)) % 50 = 0 then d.deadline - k + 8 end, 1, 'seed', now()
                    from work_item d cross join generate_series(1, :tasks) k
                    where d.tenant_id = :t and d.kind = 'DELEGATION'""")
                    .param("t", tenant).param("people", PEOPLE).param("tasks", TASKS_PER_ASSIGNMENT).update();
            jdbc.sql("""
                    insert into status_count (tenant_id, unit_id, year, kind, measure, own)
                    select tenant_id, unit_id, extract(year from deadline)::int, kind, status, count(*) from work_item
                    where tenant_id = :t group by tenant_id, unit_id, extract(year from deadline), kind, status
                    union all
                    select tenant_id, unit_id, extract(year from deadline)::int, kind, 'OVERDUE', count(*) from work_item
                    where tenant_id = :t and overdue_since is not null and status in ('NOT_STARTED', 'IN_PROGRESS', 'DELAYED')
                    group by tenant_id, unit_id, extract(year from deadline), kind""")
                    .param("t", tenant).update();
            counters.rebuildSubtrees(tenant);
        });
        jdbc.sql("analyze work_item").update();
        jdbc.sql("analyze status_count").update();
        log.info("Seeded {} with {} units, {} assignments, {} delegations, {} tasks in {} ms", tenant, 1 + SECTORS * (1 + UNITS_PER_SECTOR),
                ASSIGNMENTS, ASSIGNMENTS, ASSIGNMENTS * TASKS_PER_ASSIGNMENT, (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void theTopUnitsOverviewReadsItsCountersAndMinSideItsIndex() {
        List<UUID> subtree = jdbc.sql("select unit_id from org_unit_replica where tenant_id = :t").param("t", tenant)
                .query(UUID.class).list();
        List<UUID> overviewUnits = new ArrayList<>(sectors);
        overviewUnits.add(0, top);

        UnitCounts atTop = reads.counts(tenant, 2099, overviewUnits).get(top);
        long tasks = atTop.subtree().get("TASK").total();
        long sectorTasks = sectors.stream().mapToLong(sector -> reads.counts(tenant, 2099, List.of(sector)).get(sector)
                .subtree().get("TASK").total()).sum();
        assertThat(tasks).as("every task counted once under the top").isEqualTo((long) ASSIGNMENTS * TASKS_PER_ASSIGNMENT);
        assertThat(sectorTasks).as("and once under its sector").isEqualTo(tasks);
        assertThat(atTop.subtree().get("TASK").overdue()).isPositive();

        String overviewPlan = plan("select unit_id, kind, measure, own, subtree from status_count "
                + "where tenant_id = '" + tenant + "' and year = 2099 and unit_id in (" + quoted(overviewUnits) + ")");
        String minSidePlan = plan("""
                select w.id, w.deadline from work_item w
                join work_item a on a.tenant_id = w.tenant_id and a.id = w.assignment_id
                where w.tenant_id = '%s' and w.responsible = 'person.42' and w.status in ('NOT_STARTED', 'IN_PROGRESS', 'DELAYED')
                order by (w.overdue_since is null), w.deadline, w.id limit 50""".formatted(tenant));
        String overduePlan = plan("select w.id from work_item w where w.tenant_id = '" + tenant + "' and w.unit_id in ("
                + quoted(subtree) + ") and w.status in ('NOT_STARTED', 'IN_PROGRESS', 'DELAYED') and w.overdue_since is not null"
                + " order by w.deadline, w.id limit 50");
        String myCountsPlan = plan("select status, count(*), count(overdue_since) from work_item where tenant_id = '" + tenant
                + "' and responsible = 'person.42' group by status");

        assertThat(overviewPlan).as("the overview reads counter rows by key").contains("status_count_pkey").doesNotContain("Seq Scan");
        assertThat(minSidePlan).as("Min side reads one person's open items by index").contains("work_item_responsible_open")
                .doesNotContain("Seq Scan");
        assertThat(overduePlan).as("the overdue list reads an index of open items").contains("Index Scan using work_item_")
                .doesNotContain("Seq Scan");
        assertThat(myCountsPlan).contains("work_item_responsible_status").doesNotContain("Seq Scan");

        log.info("At scale: overview {} ms, Min side {} ms, Min side counts {} ms, overdue list {} ms (p95 of 50 calls each)",
                p95(() -> reads.counts(tenant, 2099, overviewUnits)), p95(() -> reads.openItemsOf(tenant, "person.42", 0, 50)),
                p95(() -> reads.countsOf(tenant, "person.42")),
                p95(() -> reads.flagged(tenant, subtree, false, null, 0, 50)));
    }

    private String plan(String sql) {
        return String.join("\n", jdbc.sql("explain " + sql).query(String.class).list());
    }

    private static String quoted(List<UUID> ids) {
        return String.join(", ", ids.stream().map(id -> "'" + id + "'").toList());
    }

    private static double p95(Runnable read) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long started = System.nanoTime();
            read.run();
            nanos.add(System.nanoTime() - started);
        }
        nanos.sort(Long::compare);
        return nanos.get(47) / 1_000_000.0;
    }
}
