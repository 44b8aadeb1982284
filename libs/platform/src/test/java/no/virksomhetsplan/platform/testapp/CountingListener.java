package no.virksomhetsplan.platform.testapp;

import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.org.OrgUnitCreated;
import no.virksomhetsplan.platform.messaging.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A read model that would show every duplicate: it counts how often each unit's event was applied.
 * A unit named {@value #ALWAYS_FAILS} makes the handler fail every time, like a bug triggered by one record.
 */
@Component
class CountingListener {

    static final String ALWAYS_FAILS = "always-fails";

    private final IdempotentConsumer consumer;
    private final JdbcClient jdbc;

    CountingListener(IdempotentConsumer consumer, JdbcClient jdbc) {
        this.consumer = consumer;
        this.jdbc = jdbc;
    }

    @KafkaListener(topics = Topics.ORG, groupId = "platform-test.counter")
    void on(ConsumerRecord<String, byte[]> record) {
        consumer.apply("counter", record, event -> {
            if (!OrgUnitCreated.TYPE.equals(event.type())) {
                return;
            }
            OrgUnitCreated unit = event.data(OrgUnitCreated.class);
            if (ALWAYS_FAILS.equals(unit.name())) {
                throw new IllegalStateException("cannot apply " + unit.name());
            }
            jdbc.sql("""
                    insert into applied_count (tenant_id, unit_id, times) values (:tenant, :id, 1)
                    on conflict (tenant_id, unit_id) do update set times = applied_count.times + 1""")
                    .param("tenant", event.tenant()).param("id", unit.unitId()).update();
        });
    }
}
