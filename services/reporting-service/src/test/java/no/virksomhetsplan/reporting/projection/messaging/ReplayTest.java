package no.virksomhetsplan.reporting.projection.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.reporting.ContractEvents;
import no.virksomhetsplan.reporting.ContractEvents.Event;
import no.virksomhetsplan.testsupport.RealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Replay-safe: the same events, delivered in the order they happened or shuffled (items before their units, older
 * versions after newer ones, a closing before what it closes) and with every event delivered twice, end in the same
 * read models (work items, checklists, deviations) and the same counters.
 * Each run is a municipality of its own, as a rebuild into empty tables would be.
 */
@RealInfrastructure
@SpringBootTest
class ReplayTest {

    @Autowired
    AssignmentsProjection assignments;
    @Autowired
    OrgProjection org;
    @Autowired
    ChecklistsProjection checklists;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theOrderAndRepetitionOfEventsDoNotChangeWhatTheyBuild() {
        List<Event> history = aYearOfEvents();
        String inOrder = "replay-" + UUID.randomUUID().toString().substring(0, 8);
        String shuffled = "replay-" + UUID.randomUUID().toString().substring(0, 8);

        history.forEach(event -> deliver(inOrder, event));
        List<Event> again = new ArrayList<>(history.stream().map(Event::again).toList());
        Collections.shuffle(again, new Random(7));
        List<Event> twice = new ArrayList<>(again);
        twice.addAll(again);
        twice.forEach(event -> deliver(shuffled, event));

        assertThat(counters(shuffled)).isEqualTo(counters(inOrder)).isNotEmpty();
        assertThat(items(shuffled)).isEqualTo(items(inOrder)).hasSize(6);
        assertThat(counters(inOrder)).contains("top 2027 0 TASK DONE own=0 subtree=1", "school 2027 0 TASK DONE own=1 subtree=1",
                "sector 2027 0 DELEGATION OVERDUE own=0 subtree=1");
        assertThat(checklistRows(shuffled)).isEqualTo(checklistRows(inOrder)).hasSize(5);
        assertThat(checklistRows(inOrder)).contains(
                "distribution " + distribution + " 2027 3-3 closed=true v2",
                "response " + schoolResponse + " SUBMITTED v3", "response " + sectorResponse + " ANSWERING v2",
                "deviation " + deviation + " HIGH 2027-04-15 closed=2027-04-12T08:30:00Z v2");
    }

    private final UUID top = UUID.randomUUID();
    private final UUID sector = UUID.randomUUID();
    private final UUID school = UUID.randomUUID();
    private final UUID template = UUID.randomUUID();
    private final UUID distribution = UUID.randomUUID();
    private final UUID schoolResponse = UUID.randomUUID();
    private final UUID sectorResponse = UUID.randomUUID();
    private final UUID deviation = UUID.randomUUID();

    private List<Event> aYearOfEvents() {
        LocalDate may = LocalDate.of(2027, 5, 31);
        LocalDate march = LocalDate.of(2027, 3, 31);
        UUID a = UUID.randomUUID();
        UUID d1 = UUID.randomUUID();
        UUID d2 = UUID.randomUUID();
        UUID t1 = UUID.randomUUID();
        UUID t2 = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        List<Event> events = new ArrayList<>();
        events.add(ContractEvents.unitCreated(top, null, List.of(), "Kommunen"));
        events.add(ContractEvents.unitCreated(sector, top, List.of(top), "Oppvekst"));
        events.add(ContractEvents.unitCreated(school, sector, List.of(top, sector), "Skolen"));
        events.add(ContractEvents.assignment(a, top, "Sommerskole", "NOT_STARTED", may, null, true, 1));
        events.add(ContractEvents.delegation(d1, a, top, sector, "NOT_STARTED", may, null, 1));
        events.add(ContractEvents.delegation(d2, a, sector, school, "NOT_STARTED", march, null, 1));
        events.add(ContractEvents.task(t1, a, d2, school, "NOT_STARTED", march, null, 1));
        events.add(ContractEvents.task(t2, a, d2, school, "NOT_STARTED", march, null, 1));
        events.add(ContractEvents.task(t1, a, d2, school, "IN_PROGRESS", march, null, 2));
        events.add(ContractEvents.task(t1, a, d2, school, "DONE", march, null, 3));
        events.add(ContractEvents.task(t2, a, d2, school, "NOT_STARTED", march, march, 2));
        events.add(ContractEvents.delegation(d2, a, sector, school, "DELAYED", march, march, 2));
        events.add(ContractEvents.delegation(d1, a, top, sector, "DELAYED", may, null, 2));
        events.add(ContractEvents.assignment(a, top, "Sommerskole", "DELAYED", may, null, true, 2));
        events.add(ContractEvents.assignment(other, sector, "Ny plan for leseopplæring", "IN_PROGRESS", march, null, false, 1));
        events.add(ContractEvents.assignment(other, sector, "Ny plan for leseopplæring", "IN_PROGRESS",
                LocalDate.of(2027, 9, 30), null, false, 2));
        Map<UUID, UUID> responses = new LinkedHashMap<>();
        responses.put(schoolResponse, school);
        responses.put(sectorResponse, sector);
        events.add(ContractEvents.template(template, 1, "HMS-sjekkliste", "HSE"));
        events.add(ContractEvents.distributed(distribution, template, "HMS mars", "MONTH", 2027, 3, LocalDate.of(2027, 4, 5),
                responses));
        events.add(ContractEvents.answersSaved(schoolResponse, distribution, school, 2));
        events.add(ContractEvents.answersSaved(sectorResponse, distribution, sector, 2));
        events.add(ContractEvents.submitted(schoolResponse, distribution, school, 3));
        events.add(ContractEvents.deviationRaised(deviation, distribution, schoolResponse, school, "Rømningsvei blokkert",
                "HIGH", LocalDate.of(2027, 4, 15), Instant.parse("2027-03-28T10:06:00Z")));
        events.add(ContractEvents.distributionClosed(distribution, 2));
        events.add(ContractEvents.deviationClosed(deviation, distribution, school,
                Instant.parse("2027-04-12T08:30:00Z")));
        return events;
    }

    private void deliver(String tenant, Event event) {
        ProducerRecord<String, byte[]> sent = event.record(tenant);
        var record = new ConsumerRecord<>(sent.topic(), 0, 0L, 0L, TimestampType.CREATE_TIME, 0, 0, sent.key(), sent.value(),
                sent.headers(), Optional.empty());
        if (event.topic().equals(Topics.ORG)) {
            org.on(record);
        } else if (event.topic().equals(Topics.CHECKLISTS)) {
            checklists.on(record);
        } else {
            assignments.on(record);
        }
    }

    private List<String> counters(String tenant) {
        Map<UUID, String> names = Map.of(top, "top", sector, "sector", school, "school");
        return jdbc.sql("""
                select unit_id, year, month, kind, measure, own, subtree from status_count
                where tenant_id = :tenant and (own <> 0 or subtree <> 0) order by 1, 2, 3, 4, 5""")
                .param("tenant", tenant)
                .query((rs, n) -> names.get(rs.getObject("unit_id", UUID.class)) + " " + rs.getInt("year") + " "
                        + rs.getInt("month") + " " + rs.getString("kind") + " " + rs.getString("measure") + " own="
                        + rs.getLong("own") + " subtree=" + rs.getLong("subtree"))
                .list().stream().sorted().toList();
    }

    private List<String> checklistRows(String tenant) {
        List<String> rows = new ArrayList<>();
        rows.addAll(jdbc.sql("select id, version, area from checklist_template where tenant_id = :tenant").param("tenant", tenant)
                .query((rs, n) -> "template " + rs.getString("id") + " v" + rs.getInt("version") + " " + rs.getString("area"))
                .list());
        rows.addAll(jdbc.sql("select * from checklist_distribution where tenant_id = :tenant").param("tenant", tenant)
                .query((rs, n) -> "distribution " + rs.getString("id") + " " + rs.getInt("year") + " " + rs.getInt("first_month")
                        + "-" + rs.getInt("last_month") + " closed=" + rs.getBoolean("closed") + " v" + rs.getLong("version"))
                .list());
        rows.addAll(jdbc.sql("select * from checklist_response where tenant_id = :tenant").param("tenant", tenant)
                .query((rs, n) -> "response " + rs.getString("id") + " " + rs.getString("status") + " v" + rs.getLong("version"))
                .list());
        rows.addAll(jdbc.sql("select * from deviation where tenant_id = :tenant").param("tenant", tenant)
                .query((rs, n) -> "deviation " + rs.getString("id") + " " + rs.getString("severity") + " " + rs.getString("deadline")
                        + " closed=" + rs.getTimestamp("closed_at").toInstant() + " v" + rs.getLong("version"))
                .list());
        return rows.stream().sorted().toList();
    }

    private List<String> items(String tenant) {
        return jdbc.sql("select id, kind, unit_id, status, deadline, overdue_since, version from work_item where tenant_id = :tenant order by id")
                .param("tenant", tenant)
                .query((rs, n) -> rs.getString("id") + " " + rs.getString("kind") + " " + rs.getString("unit_id") + " "
                        + rs.getString("status") + " " + rs.getString("deadline") + " " + rs.getString("overdue_since") + " "
                        + rs.getLong("version"))
                .list();
    }
}
