package no.virksomhetsplan.plans.orgunit.application;

import java.time.LocalDate;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.plans.orgunit.domain.OrgCalendar;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnit;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitChange;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitDetails;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitHistory;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnits;
import no.virksomhetsplan.platform.audit.AuditLog;
import no.virksomhetsplan.platform.domain.ConflictException;
import no.virksomhetsplan.platform.messaging.Outbox;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Renames a unit, or changes its code, level or leader, from a day on; earlier days keep what they had. */
@Service
public class UpdateOrgUnit {

    private final OrgUnits units;
    private final Outbox outbox;
    private final AuditLog audit;

    UpdateOrgUnit(OrgUnits units, Outbox outbox, AuditLog audit) {
        this.units = units;
        this.outbox = outbox;
        this.audit = audit;
    }

    @Transactional
    public OrgUnit handle(Caller caller, UpdateOrgUnitCommand command) {
        TreeAdministrators.require(caller);
        String tenant = caller.tenant();
        LocalDate from = OrgCalendar.dayOrToday(command.validFrom());
        var details = new OrgUnitDetails(command.name(), command.externalCode(), command.levelName(), command.leader());
        units.lockTree(tenant);
        OrgUnitHistory unit = units.historyFrom(tenant, command.unitId(), from).orElseThrow(OrgUnitQueries::noSuchUnit);
        if (details.externalCode() != null) {
            units.holderOfCode(tenant, details.externalCode(), unit.id()).ifPresent(holder -> {
                throw new ConflictException("The code " + details.externalCode() + " already belongs to " + holder + ".");
            });
        }
        OrgUnitChange change = unit.changeDetails(command.version(), details);
        units.apply(change);
        outbox.add(Topics.ORG, tenant, change.event());
        audit.record(caller, "org-unit.updated", unit.id().value(), unit.id().toString(), change.event());
        return units.findAt(tenant, unit.id(), from).orElseThrow();
    }
}
