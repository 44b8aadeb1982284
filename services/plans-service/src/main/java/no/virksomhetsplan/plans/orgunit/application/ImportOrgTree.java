package no.virksomhetsplan.plans.orgunit.application;

import java.time.LocalDate;
import java.util.List;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.plans.orgunit.domain.NewOrgUnit;
import no.virksomhetsplan.plans.orgunit.domain.OrgCalendar;
import no.virksomhetsplan.plans.orgunit.domain.OrgTreeFile;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnits;
import no.virksomhetsplan.platform.audit.AuditLog;
import no.virksomhetsplan.platform.messaging.Outbox;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds a whole org tree, or a new part of one, from a CSV file: every line is checked first, and either every unit
 * is created, with its event, in one transaction, or none is.
 */
@Service
public class ImportOrgTree {

    private final OrgUnits units;
    private final Outbox outbox;
    private final AuditLog audit;

    ImportOrgTree(OrgUnits units, Outbox outbox, AuditLog audit) {
        this.units = units;
        this.outbox = outbox;
        this.audit = audit;
    }

    /**
     * @return how many units were created
     * @throws no.virksomhetsplan.plans.orgunit.domain.InvalidOrgTreeFileException with every problem of the file
     */
    @Transactional
    public int handle(Caller caller, ImportOrgTreeCommand command) {
        TreeAdministrators.require(caller);
        String tenant = caller.tenant();
        LocalDate from = OrgCalendar.dayOrToday(command.validFrom());
        OrgTreeFile file = OrgTreeFile.read(command.csv());
        units.lockTree(tenant);
        List<NewOrgUnit> created = file.plan(tenant, units.historiesFromByCode(tenant, file.codes(), from), units.topName(tenant), from);
        units.add(created);
        for (NewOrgUnit unit : created) {
            outbox.add(Topics.ORG, tenant, unit.event());
            audit.record(caller, "org-unit.imported", unit.unit().id().value(), unit.unit().id().toString(), unit.event());
        }
        return created.size();
    }
}
