package no.virksomhetsplan.plans.orgunit.application;

import java.time.LocalDate;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.plans.orgunit.domain.OrgCalendar;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnit;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitChange;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitHistory;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnits;
import no.virksomhetsplan.platform.audit.AuditLog;
import no.virksomhetsplan.platform.messaging.Outbox;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Closes a unit from a day on, once nothing is left below it; earlier days keep it. */
@Service
public class CloseOrgUnit {

    private final OrgUnits units;
    private final Outbox outbox;
    private final AuditLog audit;

    CloseOrgUnit(OrgUnits units, Outbox outbox, AuditLog audit) {
        this.units = units;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** @return the unit on its last day */
    @Transactional
    public OrgUnit handle(Caller caller, CloseOrgUnitCommand command) {
        TreeAdministrators.require(caller);
        String tenant = caller.tenant();
        LocalDate from = OrgCalendar.dayOrToday(command.closedFrom());
        units.lockTree(tenant);
        OrgUnitHistory unit = units.historyFrom(tenant, command.unitId(), from).orElseThrow(OrgUnitQueries::noSuchUnit);
        OrgUnitChange change = unit.close(command.version(), units.namesOfUnitsBelow(tenant, unit.id(), from));
        units.apply(change);
        outbox.add(Topics.ORG, tenant, change.event());
        audit.record(caller, "org-unit.closed", unit.id().value(), unit.id().toString(), change.event());
        return units.findAt(tenant, unit.id(), from.minusDays(1)).orElseThrow();
    }
}
