package no.virksomhetsplan.platform.testapp;

import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.org.OrgUnitCreated;
import no.virksomhetsplan.platform.messaging.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A state change and its event, in one transaction. */
@Service
public class UnitWriter {

    private final JdbcClient jdbc;
    private final Outbox outbox;

    UnitWriter(JdbcClient jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @Transactional
    public UUID create(String tenant, String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into written_unit (tenant_id, id, name) values (:tenant, :id, :name)")
                .param("tenant", tenant).param("id", id).param("name", name).update();
        outbox.add(Topics.ORG, tenant, new OrgUnitCreated(id, null, List.of(), name, null, null, 1));
        return id;
    }

    /** The change fails after the event was added: neither may survive. */
    @Transactional
    public void createThenFail(String tenant, String name) {
        create(tenant, name);
        throw new IllegalStateException("rolled back on purpose");
    }
}
