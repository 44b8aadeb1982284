package no.virksomhetsplan.platform.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One change, as the audit log keeps it.
 *
 * @param id            the entry's id
 * @param at            when the change was made (its transaction's clock time)
 * @param actorSubject  the token's {@code sub}: a stable id of the person or client
 * @param actorUsername the token's {@code preferred_username}
 * @param actorRoles    the system's roles the caller acted with (Keycloak's own roles left out)
 * @param action        what was done, e.g. {@code goal.created}
 * @param unitId        the org unit the change concerns, or null for the whole municipality (settings, plan years)
 * @param subject       what was changed: the aggregate's id
 * @param details       the change as JSON (usually the event it published)
 */
public record AuditEntry(UUID id, Instant at, String actorSubject, String actorUsername, List<String> actorRoles, String action,
        UUID unitId, String subject, String details) {

    public AuditEntry {
        actorRoles = List.copyOf(actorRoles);
    }
}
