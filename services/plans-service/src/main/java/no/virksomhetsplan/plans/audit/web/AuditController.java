package no.virksomhetsplan.plans.audit.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.plans.audit.application.AuditQueries;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;
import no.virksomhetsplan.platform.audit.AuditEntry;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/plans/audit")
class AuditController {

    /**
     * @param username the person or client, as the token named them
     * @param subject  their stable id (the token's {@code sub})
     * @param roles    the roles they acted with
     */
    record ActorResponse(String username, String subject, List<String> roles) {
    }

    /**
     * @param at      when the change was made
     * @param action  what was done, e.g. {@code org-unit.moved}, {@code goal.revised}, {@code letter.sent}
     * @param unitId  the unit it concerns; null for the whole municipality
     * @param subject what was changed (its id)
     * @param details the change: the event it published
     */
    record AuditEntryResponse(UUID id, Instant at, ActorResponse actor, String action, UUID unitId, String subject, JsonNode details) {
    }

    private final AuditQueries queries;
    private final JsonMapper json;

    AuditController(AuditQueries queries, JsonMapper json) {
        this.queries = queries;
        this.json = json;
    }

    /**
     * Who changed what and when, newest first. With {@code unitId}: that unit and every unit below it (leaders of
     * it or above, administrators, the kommunedirektør). Without: the whole municipality (administrators and the
     * kommunedirektør) or the caller's own part of it (other leaders). The period is in whole days, Norwegian time;
     * by default the last 30 days.
     */
    @GetMapping
    List<AuditEntryResponse> entries(Caller caller,
            @RequestParam(required = false) UUID unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "200") @Min(1) @Max(1000) int limit) {
        LocalDate last = to != null ? to : LocalDate.now(AuditQueries.NORWAY);
        LocalDate first = from != null ? from : last.minusDays(30);
        return queries.entries(caller, unitId == null ? null : new OrgUnitId(unitId), first, last, limit).stream()
                .map(this::response)
                .toList();
    }

    private AuditEntryResponse response(AuditEntry entry) {
        return new AuditEntryResponse(entry.id(), entry.at(),
                new ActorResponse(entry.actorUsername(), entry.actorSubject(), entry.actorRoles()),
                entry.action(), entry.unitId(), entry.subject(), json.readTree(entry.details()));
    }
}
