package no.virksomhetsplan.plans.orgunit.application;

import java.time.LocalDate;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.plans.orgunit.domain.OrgCalendar;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnit;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitChange;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitHistory;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnits;
import no.virksomhetsplan.platform.audit.AuditLog;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.messaging.Outbox;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves a unit, with everything below it, under a new parent from a day on; earlier days keep the old structure. */
@Service
public class MoveOrgUnit {

    private final OrgUnits units;
    private final Outbox outbox;
    private final AuditLog audit;

    MoveOrgUnit(OrgUnits units, Outbox outbox, AuditLog audit) {
        this.units = units;
        this.outbox = outbox;
        this.audit = audit;
    }

    @Transactional
    public OrgUnit handle(Caller caller, MoveOrgUnitCommand command) {
        TreeAdministrators.require(caller);
        String tenant = caller.tenant();
        LocalDate from = OrgCalendar.dayOrToday(command.validFrom());
        units.lockTree(tenant);
        OrgUnitHistory unit = units.historyFrom(tenant, command.unitId(), from).orElseThrow(OrgUnitQueries::noSuchUnit);
        OrgUnitHistory newParent = units.historyFrom(tenant, command.parentId(), from)
                .orElseThrow(() -> new NotFoundException("The new parent unit does not exist in your municipality."));
        OrgUnitChange change = unit.moveUnder(command.version(), newParent, units.periodsBelow(unit));
        units.apply(change);
        outbox.add(Topics.ORG, tenant, change.event());
        audit.record(caller, "org-unit.moved", unit.id().value(), unit.id().toString(), change.event());
        return units.findAt(tenant, unit.id(), from).orElseThrow();
    }
}
