package no.virksomhetsplan.platform.audit;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import no.virksomhetsplan.platform.security.Caller;
import no.virksomhetsplan.platform.security.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who did what and when (ADR 0020): an entry per change that matters to internal control, written in the
 * service's own database in the transaction of the change, like the outbox. Entries are append-only (a database
 * trigger refuses updates and deletes) and are read per municipality, per unit and per period.
 */
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records a change in the current transaction.
     *
     * @param caller  who made it
     * @param action  what was done, {@code <thing>.<verb>} in the past tense, e.g. {@code org-unit.moved}
     * @param unitId  the org unit it concerns, or null for the whole municipality
     * @param subject what was changed (the aggregate's id)
     * @param details the change, written as JSON (a record, a map, or an event)
     * @throws IllegalStateException outside a transaction: an entry without its change (or the reverse) would be a lie
     */
    public UUID record(Caller caller, String action, UUID unitId, String subject, Object details) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("audit entries must be written in the transaction of the change they describe");
        }
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        UUID id = UUID.randomUUID();
        String[] roles = caller.roles().stream()
                .filter(Roles.ALL::contains)
                .sorted()
                .toArray(String[]::new);
        jdbc.sql("""
                insert into audit_entry (id, tenant_id, occurred_at, actor_subject, actor_username, actor_roles, action, unit_id,
                                         subject, details)
                values (:id, :tenant, :at, :actorSubject, :actorUsername, :roles, :action, :unit, :subject, cast(:details as jsonb))""")
                .param("id", id)
                .param("tenant", caller.tenant())
                .param("at", Timestamp.from(clock.instant()))
                .param("actorSubject", caller.subject())
                .param("actorUsername", caller.username())
                .param("roles", roles)
                .param("action", action)
                .param("unit", unitId)
                .param("subject", subject)
                .param("details", details == null ? "{}" : json.writeValueAsString(details))
                .update();
        return id;
    }

    /**
     * A municipality's entries in a period, newest first.
     *
     * @param units the units whose entries are wanted; null for every entry, including those of the whole municipality
     * @param from  the first instant (inclusive)
     * @param to    the last instant (exclusive)
     * @param limit at most this many
     */
    public List<AuditEntry> find(String tenant, Collection<UUID> units, Instant from, Instant to, int limit) {
        String unitFilter = units == null ? "" : " and unit_id = any(:units)";
        var query = jdbc.sql("""
                select id, occurred_at, actor_subject, actor_username, actor_roles, action, unit_id, subject, details::text as details
                from audit_entry
                where tenant_id = :tenant and occurred_at >= :from and occurred_at < :to"""
                        + unitFilter + " order by occurred_at desc, id limit :limit")
                .param("tenant", tenant)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("limit", limit);
        if (units != null) {
            query = query.param("units", units.toArray(UUID[]::new));
        }
        return query.query((row, n) -> new AuditEntry(
                        row.getObject("id", UUID.class),
                        row.getTimestamp("occurred_at").toInstant(),
                        row.getString("actor_subject"),
                        row.getString("actor_username"),
                        roles(row.getArray("actor_roles")),
                        row.getString("action"),
                        row.getObject("unit_id", UUID.class),
                        row.getString("subject"),
                        row.getString("details")))
                .list();
    }

    private static List<String> roles(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
