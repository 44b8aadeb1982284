package no.virksomhetsplan.plans.audit.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.virksomhetsplan.plans.orgunit.application.UnitAccess;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnit;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnits;
import no.virksomhetsplan.platform.audit.AuditEntry;
import no.virksomhetsplan.platform.audit.AuditLog;
import no.virksomhetsplan.platform.domain.ForbiddenException;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import no.virksomhetsplan.platform.security.Caller;
import no.virksomhetsplan.platform.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who changed what and when, for internal control (ADR 0020). The kommunedirektør and administrators read the whole
 * municipality's log, including what concerns no single unit (settings, plan years); a kommunalsjef or unit leader
 * reads what concerns their own unit and the units below it (the tree as it is today); nobody else reads it.
 */
@Service
@Transactional(readOnly = true)
public class AuditQueries {

    /** The days of a period are Norwegian days. */
    public static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    public static final int MAX_DAYS = 366;

    private final AuditLog audit;
    private final UnitAccess access;
    private final OrgUnits units;

    AuditQueries(AuditLog audit, UnitAccess access, OrgUnits units) {
        this.audit = audit;
        this.access = access;
        this.units = units;
    }

    /**
     * @param unitId the unit whose entries (its own and those of every unit below it) are wanted; null: the whole
     *               municipality for those who may read it, otherwise the caller's own unit
     * @param from   the first day (inclusive)
     * @param to     the last day (inclusive)
     * @param limit  at most this many entries, newest first
     */
    public List<AuditEntry> entries(Caller caller, OrgUnitId unitId, LocalDate from, LocalDate to, int limit) {
        if (from.isAfter(to)) {
            throw new RuleViolationException("The period starts (" + from + ") after it ends (" + to + ").");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new RuleViolationException("Ask for at most " + MAX_DAYS + " days at a time.");
        }
        boolean wholeMunicipality = caller.hasAnyRole(Roles.KOMMUNEDIREKTOR, Roles.ADMIN);
        if (!wholeMunicipality && !caller.hasAnyRole(Roles.KOMMUNALSJEF, Roles.VIRKSOMHETSLEDER)) {
            throw new ForbiddenException("The audit log is read by leaders, for their part of the organisation, and by administrators.");
        }
        Set<UUID> scope = null;
        if (unitId != null) {
            OrgUnit unit = access.requireLeads(caller, unitId);
            scope = subtree(caller, unit);
        } else if (!wholeMunicipality) {
            OrgUnit own = access.ownUnit(caller).orElseThrow(() -> new ForbiddenException(
                    "Your token names no unit of the organisation, so there is no part of the audit log for you."));
            scope = subtree(caller, own);
        }
        return audit.find(caller.tenant(), scope, from.atStartOfDay(NORWAY).toInstant(),
                to.plusDays(1).atStartOfDay(NORWAY).toInstant(), limit);
    }

    private Set<UUID> subtree(Caller caller, OrgUnit unit) {
        return units.subtree(caller.tenant(), unit.id()).stream().map(u -> u.id().value()).collect(Collectors.toUnmodifiableSet());
    }
}
