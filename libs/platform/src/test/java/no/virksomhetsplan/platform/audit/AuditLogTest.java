package no.virksomhetsplan.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.virksomhetsplan.platform.PlatformIntegrationTest;
import no.virksomhetsplan.platform.security.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class AuditLogTest extends PlatformIntegrationTest {

    private static final Instant EARLY = Instant.now().minus(Duration.ofHours(1));
    private static final Instant LATE = Instant.now().plus(Duration.ofHours(1));

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private static Caller admin(String tenant) {
        return new Caller("sub-1", "marit.holm", tenant, "1100", Set.of("admin", "offline_access", "default-roles-fjordvik"));
    }

    private UUID inTransaction(Caller caller, String action, UUID unit, String subject) {
        return new TransactionTemplate(transactions).execute(status ->
                audit.record(caller, action, unit, subject, Map.of("name", "Fjordvik skole", "version", 2)));
    }

    @Test
    void anEntryKeepsWhoDidWhatWhenToWhichUnit() {
        String tenant = aFreshTenant();
        UUID unit = UUID.randomUUID();
        Instant before = Instant.now().minusMillis(1);

        UUID id = inTransaction(admin(tenant), "org-unit.updated", unit, unit.toString());

        List<AuditEntry> entries = audit.find(tenant, null, EARLY, LATE, 10);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo(id);
            assertThat(entry.at()).isAfter(before).isBefore(Instant.now().plusMillis(1));
            assertThat(entry.actorSubject()).isEqualTo("sub-1");
            assertThat(entry.actorUsername()).isEqualTo("marit.holm");
            assertThat(entry.actorRoles()).containsExactly("admin");
            assertThat(entry.action()).isEqualTo("org-unit.updated");
            assertThat(entry.unitId()).isEqualTo(unit);
            assertThat(entry.subject()).isEqualTo(unit.toString());
            assertThat(entry.details()).contains("\"name\": \"Fjordvik skole\"").contains("\"version\": 2");
        });
    }

    @Test
    void entriesAreFoundPerUnitPerPeriodAndMunicipalityNewestFirst() {
        String tenant = aFreshTenant();
        UUID school = UUID.randomUUID();
        UUID kindergarten = UUID.randomUUID();
        inTransaction(admin(tenant), "org-unit.created", school, school.toString());
        inTransaction(admin(tenant), "org-unit.created", kindergarten, kindergarten.toString());
        inTransaction(admin(tenant), "settings.changed", null, "settings");
        inTransaction(admin(aFreshTenant()), "org-unit.created", school, school.toString());

        assertThat(audit.find(tenant, null, EARLY, LATE, 10)).extracting(AuditEntry::action)
                .containsExactly("settings.changed", "org-unit.created", "org-unit.created");
        assertThat(audit.find(tenant, List.of(school), EARLY, LATE, 10)).extracting(AuditEntry::unitId).containsExactly(school);
        assertThat(audit.find(tenant, List.of(school, kindergarten), EARLY, LATE, 10)).hasSize(2);
        assertThat(audit.find(tenant, List.of(), EARLY, LATE, 10)).isEmpty();
        assertThat(audit.find(tenant, null, LATE, LATE.plusSeconds(60), 10)).isEmpty();
        assertThat(audit.find(tenant, null, EARLY, LATE, 2)).hasSize(2);
    }

    @Test
    void anEntryOnlyExistsWithItsChange() {
        String tenant = aFreshTenant();

        assertThatThrownBy(() -> audit.record(admin(tenant), "org-unit.created", null, "x", Map.of()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            audit.record(admin(tenant), "org-unit.created", null, "x", Map.of());
            throw new IllegalStateException("the change failed");
        })).hasMessage("the change failed");

        assertThat(audit.find(tenant, null, EARLY, LATE, 10)).isEmpty();
    }

    @Test
    void entriesCannotBeChangedOrDeleted() {
        String tenant = aFreshTenant();
        UUID id = inTransaction(admin(tenant), "goal.created", null, "g");

        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor_username = 'someone.else' where id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("never changed or deleted");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class);
        assertThat(audit.find(tenant, null, EARLY, LATE, 10)).singleElement().extracting(AuditEntry::actorUsername)
                .isEqualTo("marit.holm");
    }
}
