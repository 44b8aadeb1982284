package no.virksomhetsplan.checklists.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.virksomhetsplan.checklists.ChecklistsApi;
import no.virksomhetsplan.checklists.distribution.application.Distribute;
import no.virksomhetsplan.checklists.distribution.application.DistributeCommand;
import no.virksomhetsplan.checklists.distribution.domain.Distribution;
import no.virksomhetsplan.checklists.distribution.domain.Period;
import no.virksomhetsplan.checklists.distribution.domain.PeriodKind;
import no.virksomhetsplan.checklists.overview.domain.Counters;
import no.virksomhetsplan.checklists.template.domain.Area;
import no.virksomhetsplan.checklists.template.domain.Category;
import no.virksomhetsplan.checklists.template.domain.Checkpoint;
import no.virksomhetsplan.checklists.template.domain.Question;
import no.virksomhetsplan.checklists.template.domain.QuestionType;
import no.virksomhetsplan.checklists.template.domain.TemplateContent;
import no.virksomhetsplan.checklists.template.domain.TemplateVersion;
import no.virksomhetsplan.checklists.template.domain.Templates;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;
import no.virksomhetsplan.platform.security.Caller;
import no.virksomhetsplan.platform.security.Roles;
import no.virksomhetsplan.testsupport.ApiClient;
import no.virksomhetsplan.testsupport.Infrastructure;
import no.virksomhetsplan.testsupport.OrgTree;
import no.virksomhetsplan.testsupport.People;
import no.virksomhetsplan.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 5's benchmark: the status overview of a checklist given to a whole municipality of 1,501 units, 60 questions,
 * two thirds submitted, one third of the rest drafts, with deviations; p95 of the top unit's overview through the
 * service's HTTP API with a real token (target ≤ 100 ms). The distribution goes through the use case (1,501 checklists
 * and their counters in one transaction); the answers are written straight into the tables and the counters computed
 * from them, then checked against the answers.
 * <p>
 * Opt-in (not a *Test): {@code ./mvnw -B -ntp -pl services/checklists-service -am verify -Dtest=OverviewAtScaleBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}. Results in target/checklists-overview-benchmark.txt and docs/benchmarks.md.
 */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OverviewAtScaleBenchmark {

    private static final int SECTORS = 25;
    private static final int UNITS_PER_SECTOR = 59;
    private static final int CATEGORIES = 6;
    private static final int CHECKPOINTS = 2;
    private static final int QUESTIONS = 5;
    private static final int CALLS = 200;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Templates templates;
    @Autowired
    Distribute distribute;
    @Autowired
    Counters counters;

    private final String tenant = "fjordvik";
    private final UUID top = UUID.randomUUID();
    private final String topCode = "S" + top.toString().substring(0, 8);

    @Test
    void theWholeMunicipalitysOverviewAtScale() throws Exception {
        seedTree();
        TemplateVersion template = transaction.execute(tx -> {
            TemplateVersion version = TemplateVersion.define(sixtyQuestions(), "bench.admin", Instant.now());
            templates.add(tenant, version);
            return version;
        });
        Caller admin = new Caller("bench", "bench.admin", tenant, topCode, Set.of(Roles.ADMIN));
        long distributing = System.nanoTime();
        Distribution distribution = distribute.handle(admin, new DistributeCommand(template.templateId(), null, null,
                new Period(PeriodKind.YEAR, 2027, 1), LocalDate.of(2027, 12, 31), true,
                List.of(new DistributeCommand.Target(new OrgUnitId(top), true, null))));
        double distributeMs = (System.nanoTime() - distributing) / 1_000_000.0;
        UUID id = distribution.id().value();
        long seeding = System.nanoTime();
        seedAnswers(id);
        double seedMs = (System.nanoTime() - seeding) / 1_000_000.0;

        String token = People.aPersonIn(new OrgTree.Unit(top, "Storby kommune", topCode, List.of(top)),
                "kommunedirektor", "bench.direktor");
        ApiClient api = ApiClient.onLocalPort(port);
        String path = "/api/checklists/distributions/" + id + "/overview?unitId=" + top;
        JsonNode overview = ChecklistsApi.JSON.readTree(api.get(token, path).body());
        long units = 1 + SECTORS + (long) SECTORS * UNITS_PER_SECTOR;
        long submitted = jdbc.sql("select count(*) from response where tenant_id = :t and distribution_id = :d and status = 'SUBMITTED'")
                .param("t", tenant).param("d", id).query(Long.class).single();
        long answers = jdbc.sql("""
                select count(distinct (a.response_id, a.question_id)) from answer a join response r on r.tenant_id = a.tenant_id and r.id = a.response_id
                where r.tenant_id = :t and r.distribution_id = :d and r.status = 'SUBMITTED'""")
                .param("t", tenant).param("d", id).query(Long.class).single();
        long answerRows = jdbc.sql("""
                select count(*) from answer a join response r on r.tenant_id = a.tenant_id and r.id = a.response_id
                where r.tenant_id = :t and r.distribution_id = :d""").param("t", tenant).param("d", id).query(Long.class).single();
        assertThat(overview.get("counts").get("assigned").asLong()).isEqualTo(units);
        assertThat(overview.get("counts").get("submitted").asLong()).isEqualTo(submitted);
        long answeredInOverview = 0;
        for (JsonNode category : overview.get("categories")) {
            answeredInOverview += category.get("answered").asLong();
        }
        assertThat(answeredInOverview).as("the counters add up to the submitted answers").isEqualTo(answers);
        assertThat(overview.get("children")).hasSize(SECTORS);
        assertThat(overview.get("notSubmitted")).hasSize(50);

        String plan = String.join("\n", jdbc.sql("explain select question_id, measure, subtree from question_count "
                + "where tenant_id = 'fjordvik' and distribution_id = '" + id + "' and unit_id = '" + top + "'").query(String.class).list());
        assertThat(plan).as("the overview reads counter rows by key").contains("question_count_pkey").doesNotContain("Seq Scan");

        for (int i = 0; i < 30; i++) {
            api.get(token, path);
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            long started = System.nanoTime();
            HttpResponse<String> response = api.get(token, path);
            nanos.add(System.nanoTime() - started);
            assertThat(response.statusCode()).isEqualTo(200);
        }
        nanos.sort(Long::compare);
        double p50 = nanos.get(CALLS / 2) / 1_000_000.0;
        double p95 = nanos.get(CALLS * 95 / 100 - 1) / 1_000_000.0;
        double max = nanos.get(CALLS - 1) / 1_000_000.0;

        String report = String.format("""
                Checklist status overview at scale, %s
                machine: %d cores, %s; infrastructure: %s; load average at the end: %s
                %,d units, %d questions, %,d submitted checklists with %,d current answers (%,d answer rows); distribution to all units: %.0f ms; seeding answers and counters: %.0f ms
                top unit's overview over HTTP (%d calls after 30 warm-up; response %,d bytes): p50 %.1f ms, p95 %.1f ms, max %.1f ms
                """, Instant.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.version"), Infrastructure.endpoints().mode(), loadAverage(), units,
                CATEGORIES * CHECKPOINTS * QUESTIONS, submitted, answers, answerRows, distributeMs, seedMs, CALLS, api.get(token, path).body().length(),
                p50, p95, max);
        System.out.println(report);
        Files.writeString(Path.of("target", "checklists-overview-benchmark.txt"), report);
        assertThat(p95).as("p95 of the whole municipality's overview (issue 5: ≤ 100 ms)").isLessThanOrEqualTo(100.0);
    }

    private void seedTree() {
        jdbc.sql("""
                insert into org_unit_replica (tenant_id, unit_id, name, external_code, path, version, leader_username)
                values (:t, :id, 'Storby kommune', :code, :path, 1, 'bench.direktor')""")
                .param("t", tenant).param("id", top).param("code", topCode).param("path", "/" + top + "/").update();
        for (int s = 0; s < SECTORS; s++) {
            UUID sector = UUID.randomUUID();
            jdbc.sql("""
                    insert into org_unit_replica (tenant_id, unit_id, parent_id, name, path, version, leader_username)
                    values (:t, :id, :top, :name, :path, 1, :leader)""")
                    .param("t", tenant).param("id", sector).param("top", top).param("name", "Sektor " + s)
                    .param("path", "/" + top + "/" + sector + "/").param("leader", "sektor.leder." + s).update();
            jdbc.sql("""
                    insert into org_unit_replica (tenant_id, unit_id, parent_id, name, path, version, leader_username)
                    select :t, u, :sector, 'Enhet ' || n, cast(:path as text) || u || '/', 1, 'leder.' || cast(:s as text) || '.' || n
                    from (select n, md5(cast(:sector as text) || n)::uuid as u from generate_series(1, :units) n) units""")
                    .param("t", tenant).param("sector", sector).param("path", "/" + top + "/" + sector + "/").param("s", s)
                    .param("units", UNITS_PER_SECTOR).update();
        }
    }

    private static TemplateContent sixtyQuestions() {
        QuestionType[] types = {QuestionType.YES_NO, QuestionType.CHECKBOX, QuestionType.NUMBER, QuestionType.TEXT, QuestionType.YES_NO};
        List<Category> categories = new ArrayList<>();
        for (int c = 0; c < CATEGORIES; c++) {
            List<Checkpoint> checkpoints = new ArrayList<>();
            for (int k = 0; k < CHECKPOINTS; k++) {
                List<Question> questions = new ArrayList<>();
                for (int q = 0; q < QUESTIONS; q++) {
                    questions.add(new Question(UUID.randomUUID(), "Spørsmål " + (c + 1) + "." + (k + 1) + "." + (q + 1), types[q], q < 2));
                }
                checkpoints.add(new Checkpoint("Kontrollpunkt " + (c + 1) + "." + (k + 1), questions));
            }
            categories.add(new Category("Kategori " + (c + 1), checkpoints));
        }
        return new TemplateContent("Internkontroll for alle enheter", Area.INTERNAL_CONTROL, null, categories);
    }

    /**
     * Two thirds of the units submitted every question (the answer to each written twice: a draft answer, then the
     * final one), a third of the rest have drafts; every tenth submitted unit has an open deviation. The counters are
     * then computed from the tables, as the writes would have added them.
     */
    private void seedAnswers(UUID distribution) {
        List<Question> questions = templates.allLatest(tenant).stream().filter(v -> v.content().name().equals("Internkontroll for alle enheter"))
                .findFirst().orElseThrow().content().questions();
        UUID[] ids = questions.stream().map(Question::id).toArray(UUID[]::new);
        String[] types = questions.stream().map(q -> q.type().name()).toArray(String[]::new);
        transaction.executeWithoutResult(tx -> {
            jdbc.sql("""
                    update response set status = case when abs(hashtext(id::text)) % 3 < 2 then 'SUBMITTED'
                                                      when abs(hashtext(id::text)) % 3 = 2 and abs(hashtext(id::text || 'd')) % 3 = 0 then 'DRAFT'
                                                      else status end,
                        submitted_by = 'seed', submitted_at = now(), version = 3
                    where tenant_id = :t and distribution_id = :d""").param("t", tenant).param("d", distribution).update();
            for (int round = 0; round < 2; round++) {
                jdbc.sql("""
                        insert into answer (tenant_id, response_id, question_id, text_value, checked, choice, number_value,
                                            answered_by, answered_at)
                        select r.tenant_id, r.id, q.id,
                               case when q.type = 'TEXT' then 'Svar ' || :round end,
                               case when q.type = 'CHECKBOX' then abs(hashtext(r.id::text || q.id::text)) % 4 <> 0 end,
                               case when q.type = 'YES_NO' then (array['YES','YES','YES','NO','NOT_RELEVANT'])[1 + abs(hashtext(r.id::text || q.id::text || :round)) % 5] end,
                               case when q.type = 'NUMBER' then abs(hashtext(r.id::text)) % 12 end,
                               'seed', now()
                        from response r cross join unnest(cast(:ids as uuid[]), cast(:types as text[])) as q(id, type)
                        where r.tenant_id = :t and r.distribution_id = :d and r.status <> 'NOT_STARTED'""")
                        .param("t", tenant).param("d", distribution).param("ids", ids).param("types", types).param("round", round)
                        .update();
            }
            jdbc.sql("""
                    insert into deviation (tenant_id, id, distribution_id, response_id, unit_id, question_id, description, severity,
                                           responsible, deadline, status, follow_up_id, raised_by, raised_at, version)
                    select r.tenant_id, gen_random_uuid(), r.distribution_id, r.id, r.unit_id, :question, 'Avvik', 'MEDIUM', 'seed',
                           date '2027-12-31', 'OPEN', gen_random_uuid(), 'seed', now(), 1
                    from response r where r.tenant_id = :t and r.distribution_id = :d and r.status = 'SUBMITTED'
                      and abs(hashtext(r.id::text || 'x')) % 10 = 0""")
                    .param("t", tenant).param("d", distribution).param("question", ids[0]).update();
            jdbc.sql("delete from response_count where tenant_id = :t and distribution_id = :d").param("t", tenant).param("d", distribution).update();
            jdbc.sql("""
                    insert into response_count (tenant_id, distribution_id, unit_id, measure, own)
                    select tenant_id, distribution_id, unit_id, 'ASSIGNED', 1 from response where tenant_id = :t and distribution_id = :d
                    union all
                    select tenant_id, distribution_id, unit_id, status, 1 from response where tenant_id = :t and distribution_id = :d
                    union all
                    select tenant_id, distribution_id, unit_id, 'DEVIATIONS_OPEN', count(*) from deviation
                    where tenant_id = :t and distribution_id = :d group by tenant_id, distribution_id, unit_id""")
                    .param("t", tenant).param("d", distribution).update();
            jdbc.sql("""
                    insert into question_count (tenant_id, distribution_id, unit_id, question_id, measure, own)
                    select c.tenant_id, c.distribution_id, c.unit_id, c.question_id, m.measure, count(*)
                    from (select distinct on (a.response_id, a.question_id) a.*, r.distribution_id, r.unit_id
                          from answer a join response r on r.tenant_id = a.tenant_id and r.id = a.response_id
                          where r.tenant_id = :t and r.distribution_id = :d and r.status = 'SUBMITTED'
                          order by a.response_id, a.question_id, a.seq desc) c
                    cross join lateral (values ('ANSWERED'),
                        (coalesce(c.choice, case when c.checked then 'CHECKED' when not c.checked then 'UNCHECKED' end))) m(measure)
                    where m.measure is not null
                    group by c.tenant_id, c.distribution_id, c.unit_id, c.question_id, m.measure""")
                    .param("t", tenant).param("d", distribution).update();
            counters.rebuildSubtrees(tenant);
        });
        jdbc.sql("analyze answer").update();
        jdbc.sql("analyze response").update();
        jdbc.sql("analyze question_count").update();
        jdbc.sql("analyze response_count").update();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
