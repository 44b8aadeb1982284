package no.virksomhetsplan.reporting.projection.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
 * versions after newer ones) and with every event delivered twice, end in the same read model and the same counters.
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
    }

    private final UUID top = UUID.randomUUID();
    private final UUID sector = UUID.randomUUID();
    private final UUID school = UUID.randomUUID();

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
        return events;
    }

    private void deliver(String tenant, Event event) {
        ProducerRecord<String, byte[]> sent = event.record(tenant);
        var record = new ConsumerRecord<>(sent.topic(), 0, 0L, 0L, TimestampType.CREATE_TIME, 0, 0, sent.key(), sent.value(),
                sent.headers(), Optional.empty());
        if (event.topic().equals(Topics.ORG)) {
            org.on(record);
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

    private List<String> items(String tenant) {
        return jdbc.sql("select id, kind, unit_id, status, deadline, overdue_since, version from work_item where tenant_id = :tenant order by id")
                .param("tenant", tenant)
                .query((rs, n) -> rs.getString("id") + " " + rs.getString("kind") + " " + rs.getString("unit_id") + " "
                        + rs.getString("status") + " " + rs.getString("deadline") + " " + rs.getString("overdue_since") + " "
                        + rs.getLong("version"))
                .list();
    }
}
