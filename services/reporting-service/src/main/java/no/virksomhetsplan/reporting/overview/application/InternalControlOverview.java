package no.virksomhetsplan.reporting.overview.application;

import java.time.LocalDate;
import java.util.UUID;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import no.virksomhetsplan.platform.orgtree.OrgTreeReplica;
import no.virksomhetsplan.platform.security.Caller;
import no.virksomhetsplan.reporting.orgunit.application.UnitAccess;
import no.virksomhetsplan.reporting.orgunit.application.Units;
import no.virksomhetsplan.reporting.orgunit.domain.OrgUnit;
import no.virksomhetsplan.reporting.period.domain.Period;
import no.virksomhetsplan.reporting.projection.application.InternalControl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The internal-control figures of a unit a leader leads for a year, as they are now: what the unit's year report (for
 * the municipality, the annual report to the council under kommuneloven § 25-2) is filled with.
 */
@Service
@Transactional(readOnly = true)
public class InternalControlOverview {

    private final UnitAccess access;
    private final Units units;
    private final InternalControl internalControl;

    InternalControlOverview(UnitAccess access, Units units, InternalControl internalControl) {
        this.access = access;
        this.units = units;
        this.internalControl = internalControl;
    }

    /** @param unitId null for the top of the caller's part of the tree */
    public InternalControl.Figures of(Caller caller, UUID unitId, int year) {
        OrgUnit unit = unitId != null ? access.requireLeads(caller, unitId)
                : access.topOfReach(caller).orElseThrow(() -> new RuleViolationException(
                        "unitId: say which unit; the internal-control figures are for leaders, of a unit they lead."));
        return internalControl.figures(caller.tenant(), unit, units.children(caller.tenant(), unit.id()), Period.year(year),
                LocalDate.now(OrgTreeReplica.NORWAY));
    }
}
