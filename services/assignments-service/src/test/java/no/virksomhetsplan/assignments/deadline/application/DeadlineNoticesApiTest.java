package no.virksomhetsplan.assignments.deadline.application;

import static no.virksomhetsplan.assignments.AssignmentsApi.JSON;
import static no.virksomhetsplan.assignments.AssignmentsApi.aVerbalvedtak;
import static no.virksomhetsplan.assignments.AssignmentsApi.delegation;
import static no.virksomhetsplan.assignments.AssignmentsApi.id;
import static no.virksomhetsplan.assignments.AssignmentsApi.task;
import static no.virksomhetsplan.assignments.AssignmentsApi.with;
import static no.virksomhetsplan.testsupport.People.aUsername;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.virksomhetsplan.assignments.ApiTestBase;
import no.virksomhetsplan.contracts.CloudEventHeaders;
import no.virksomhetsplan.contracts.EventSchemas;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.assignments.DeadlineReminder;
import no.virksomhetsplan.contracts.assignments.OverdueEscalated;
import no.virksomhetsplan.contracts.assignments.WeeklyDigestSent;
import no.virksomhetsplan.testsupport.Infrastructure;
import no.virksomhetsplan.testsupport.People;
import no.virksomhetsplan.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Reminders, escalations and the weekly digest by the municipality's rules, delivered to a real SMTP server (GreenMail)
 * and published as events; each goes out once however often the jobs run. The test's deadlines are in 2028, later
 * than every other test's, so the days it runs the jobs for concern its own items in the same way as the others'.
 */
class DeadlineNoticesApiTest extends ApiTestBase {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    @Autowired
    OverdueDetection overdueDetection;
    @Autowired
    DeadlineNotices notices;
    @Autowired
    WeeklyDigest digest;
    @Autowired
    MailRelay relay;

    @Test
    void aTaskIsRemindedBeforeItsDeadlineEscalatedWhenLongOverdueAndListedInTheWeeklyDigest() throws Exception {
        String kd = fjordvik.kommunedirektorToken();
        String per = fjordvik.rektorNordskogenToken();
        String ola = aUsername("ola.hansen");
        UUID assignment = id(api.anAssignment(kd, with(aVerbalvedtak("Universell utforming av skolegården", LocalDate.of(2028, 6, 30)),
                "responsible", fjordvik.kommunedirektor)));
        UUID toNordskogen = id(api.delegate(kd, assignment,
                delegation(fjordvik.nordskogen, fjordvik.rektorNordskogen, LocalDate.of(2028, 5, 31))).get(0));
        api.register(per, fjordvik.nordskogen, ola);
        JsonNode task = api.addTask(per, toNordskogen, task("Bestill befaring", ola, LocalDate.of(2028, 3, 10)));

        notices.run(LocalDate.of(2028, 2, 10));
        relay.sendPending();
        assertThat(mailsTo(ola)).as("29 days ahead: not yet").isEmpty();

        notices.run(LocalDate.of(2028, 2, 11));
        notices.run(LocalDate.of(2028, 2, 12));
        relay.sendPending();
        assertThat(mailsTo(ola)).as("28 days ahead, once").singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Påminnelse: frist 10.03.2028 for «Bestill befaring»");
            assertThat(GreenMailUtil.getBody(mail)).contains("oppgaven", "Nordskogen skole", "NOT_STARTED");
        });

        digest.run(LocalDate.of(2028, 2, 16));
        digest.run(LocalDate.of(2028, 2, 14));
        relay.sendPending();
        assertThat(mailsTo(ola)).filteredOn(mail -> subject(mail).startsWith("Ukeoversikt")).singleElement()
                .satisfies(mail -> {
                    assertThat(mail.getSubject()).isEqualTo("Ukeoversikt: 1 åpne, 0 forfalt");
                    assertThat(GreenMailUtil.getBody(mail)).contains("10.03.2028 Bestill befaring (Nordskogen skole)");
                });
        assertThat(mailsTo(fjordvik.rektorNordskogen)).filteredOn(mail -> subject(mail).startsWith("Ukeoversikt")).singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).isEqualTo("Ukeoversikt: 1 åpne, 0 forfalt"));

        overdueDetection.run(LocalDate.of(2028, 3, 11));
        notices.run(LocalDate.of(2028, 3, 16));
        relay.sendPending();
        assertThat(mailsTo(fjordvik.rektorNordskogen)).filteredOn(mail -> subject(mail).startsWith("Forfalt")).isEmpty();
        notices.run(LocalDate.of(2028, 3, 17));
        notices.run(LocalDate.of(2028, 3, 18));
        relay.sendPending();
        assertThat(mailsTo(fjordvik.rektorNordskogen)).filteredOn(mail -> subject(mail).startsWith("Forfalt")).singleElement()
                .satisfies(mail -> {
                    assertThat(mail.getSubject()).isEqualTo("Forfalt: «Bestill befaring» (Nordskogen skole)");
                    assertThat(GreenMailUtil.getBody(mail)).contains("10.03.2028", "Ansvarlig: " + ola);
                });

        try (var topic = new TopicReader(Infrastructure.endpoints().kafkaBootstrapServers(), Topics.ASSIGNMENTS)) {
            ConsumerRecord<String, byte[]> reminder = topic.awaitRecord(r -> is(r, DeadlineReminder.TYPE)
                    && JSON.readTree(r.value()).get("itemId").asString().equals(id(task).toString()), Duration.ofSeconds(20));
            assertThat(reminder.key()).isEqualTo("assignment/" + assignment);
            JsonNode reminded = JSON.readTree(reminder.value());
            assertThat(reminded.get("recipient").asString()).isEqualTo(ola);
            assertThat(reminded.get("daysBefore").asInt()).isEqualTo(28);
            assertThat(reminded.get("remindedOn").asString()).isEqualTo("2028-02-11");
            assertThat(EventSchemas.violations(DeadlineReminder.TYPE, new String(reminder.value()))).isEmpty();

            ConsumerRecord<String, byte[]> escalation = topic.awaitRecord(r -> is(r, OverdueEscalated.TYPE)
                    && JSON.readTree(r.value()).get("itemId").asString().equals(id(task).toString()), Duration.ofSeconds(20));
            JsonNode escalated = JSON.readTree(escalation.value());
            assertThat(escalated.get("superior").asString()).isEqualTo(fjordvik.rektorNordskogen);
            assertThat(escalated.get("overdueSince").asString()).isEqualTo("2028-03-11");
            assertThat(EventSchemas.violations(OverdueEscalated.TYPE, new String(escalation.value()))).isEmpty();

            ConsumerRecord<String, byte[]> digested = topic.awaitRecord(r -> is(r, WeeklyDigestSent.TYPE)
                    && ("person/" + ola).equals(r.key()), Duration.ofSeconds(20));
            JsonNode digestData = JSON.readTree(digested.value());
            assertThat(digestData.get("weekOf").asString()).isEqualTo("2028-02-14");
            assertThat(digestData.get("itemIds")).extracting(JsonNode::asString).containsExactly(id(task).toString());
            assertThat(EventSchemas.violations(WeeklyDigestSent.TYPE, new String(digested.value()))).isEmpty();
            assertThat(topic.recordsSoFar(r -> is(r, DeadlineReminder.TYPE)
                    && JSON.readTree(r.value()).get("itemId").asString().equals(id(task).toString()))).as("once").hasSize(1);
        }
    }

    @Test
    void jobsRunningOnSeveralReplicasAtOnceMarkAndNotifyEachItemOnce() throws Exception {
        String kd = fjordvik.kommunedirektorToken();
        String per = fjordvik.rektorNordskogenToken();
        LocalDate deadline = LocalDate.of(2029, 1, 10);
        UUID assignment = id(api.anAssignment(kd, with(aVerbalvedtak("Ny ballbinge", deadline), "responsible", fjordvik.kommunedirektor)));
        UUID toNordskogen = id(api.delegate(kd, assignment, delegation(fjordvik.nordskogen, fjordvik.rektorNordskogen, deadline)).get(0));
        String ola = aUsername("ola.hansen");
        api.register(per, fjordvik.nordskogen, ola);
        JsonNode task = api.addTask(per, toNordskogen, task("Søk om spillemidler", ola, deadline));

        inParallel(4, () -> overdueDetection.run(LocalDate.of(2029, 1, 11)));
        inParallel(4, () -> notices.run(LocalDate.of(2029, 1, 17)));
        inParallel(4, () -> relay.sendPending());

        for (String path : List.of("/api/assignments/assignments/" + assignment, "/api/assignments/delegations/" + toNordskogen,
                "/api/assignments/tasks/" + id(task))) {
            assertThat(api.get(kd, path + "/history")).filteredOn(entry -> entry.get("change").asString().equals("OVERDUE"))
                    .as("marked overdue once: " + path).hasSize(1);
        }
        JsonNode top = api.get(kd, "/api/assignments/overview?year=2029&unitId=" + fjordvik.kommune.id());
        assertThat(top.get("unit").get("subtree").get("tasks").get("overdue").asLong()).isEqualTo(1);
        assertThat(top.get("unit").get("subtree").get("delegations").get("overdue").asLong()).isEqualTo(1);
        assertThat(top.get("unit").get("own").get("assignments").get("overdue").asLong()).isEqualTo(1);
        assertThat(mailsTo(fjordvik.rektorNordskogen)).filteredOn(mail -> subject(mail).equals("Forfalt: «Søk om spillemidler» (Nordskogen skole)"))
                .as("escalated once").hasSize(1);
    }

    private static void inParallel(int replicas, Runnable job) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(replicas);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                runs.add(threads.submit(() -> {
                    start.await();
                    job.run();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static boolean is(ConsumerRecord<String, byte[]> record, String type) {
        return type.equals(TopicReader.header(record, CloudEventHeaders.TYPE));
    }

    private static List<MimeMessage> mailsTo(String username) {
        String address = username + "@fjordvik.kommune.local";
        return Arrays.stream(SMTP.getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).anyMatch(to -> to.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
