package no.virksomhetsplan.plans.orgunit.application;

import java.time.LocalDate;
import java.util.List;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.plans.orgunit.domain.NewOrgUnit;
import no.virksomhetsplan.plans.orgunit.domain.OrgCalendar;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnit;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitDetails;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitHistory;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnits;
import no.virksomhetsplan.platform.audit.AuditLog;
import no.virksomhetsplan.platform.domain.ConflictException;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.messaging.Outbox;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds a unit to the caller's municipality; the unit and its event commit together. */
@Service
public class CreateOrgUnit {

    private final OrgUnits units;
    private final Outbox outbox;
    private final AuditLog audit;

    CreateOrgUnit(OrgUnits units, Outbox outbox, AuditLog audit) {
        this.units = units;
        this.outbox = outbox;
        this.audit = audit;
    }

    @Transactional
    public OrgUnit handle(Caller caller, CreateOrgUnitCommand command) {
        TreeAdministrators.require(caller);
        String tenant = caller.tenant();
        LocalDate from = OrgCalendar.dayOrToday(command.validFrom());
        var details = new OrgUnitDetails(command.name(), command.externalCode(), command.levelName(), command.leader());
        units.lockTree(tenant);
        if (details.externalCode() != null) {
            units.holderOfCode(tenant, details.externalCode(), null).ifPresent(holder -> {
                throw new ConflictException("The code " + details.externalCode() + " already belongs to " + holder + ".");
            });
        }
        NewOrgUnit created;
        if (command.parentId() == null) {
            units.topName(tenant).ifPresent(top -> {
                throw new ConflictException("The municipality already has its top unit, " + top + "; give the new unit a parent.");
            });
            created = OrgUnitHistory.top(tenant, details, from);
        } else {
            OrgUnitHistory parent = units.historyFrom(tenant, command.parentId(), from)
                    .orElseThrow(() -> new NotFoundException("The parent unit does not exist in your municipality."));
            created = parent.addChild(details);
        }
        units.add(List.of(created));
        outbox.add(Topics.ORG, tenant, created.event());
        audit.record(caller, "org-unit.created", created.unit().id().value(), created.unit().id().toString(), created.event());
        return units.findAt(tenant, created.unit().id(), from).orElseThrow();
    }
}
