package no.virksomhetsplan.plans.orgunit.application;

import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnit;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnits;
import no.virksomhetsplan.platform.domain.ConflictException;
import no.virksomhetsplan.platform.domain.ForbiddenException;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.messaging.Outbox;
import no.virksomhetsplan.platform.security.Caller;
import no.virksomhetsplan.platform.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds a unit to the caller's municipality; the unit and its event commit together. */
@Service
public class CreateOrgUnit {

    private final OrgUnits units;
    private final Outbox outbox;

    CreateOrgUnit(OrgUnits units, Outbox outbox) {
        this.units = units;
        this.outbox = outbox;
    }

    @Transactional
    public OrgUnit handle(Caller caller, CreateOrgUnitCommand command) {
        if (!caller.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException("Only the municipality's administrators maintain the org tree.");
        }
        String tenant = caller.tenant();
        if (command.externalCode() != null && !command.externalCode().isBlank()
                && units.externalCodeTaken(tenant, command.externalCode().strip())) {
            throw new ConflictException("Another unit already has the code " + command.externalCode().strip() + ".");
        }
        OrgUnit.Created created;
        if (command.parentId() == null) {
            if (units.hasTop(tenant)) {
                throw new ConflictException("The municipality already has a top unit; give the new unit a parent.");
            }
            created = OrgUnit.top(tenant, command.name(), command.externalCode(), command.levelName());
        } else {
            OrgUnit parent = units.find(tenant, command.parentId())
                    .orElseThrow(() -> new NotFoundException("The parent unit does not exist in your municipality."));
            created = parent.addChild(command.name(), command.externalCode(), command.levelName());
        }
        units.add(created.unit());
        outbox.add(Topics.ORG, tenant, created.event());
        return created.unit();
    }
}
