package no.virksomhetsplan.plans.orgunit.application;

import java.time.LocalDate;
import java.util.List;
import no.virksomhetsplan.plans.orgunit.domain.OrgCalendar;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnit;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitPeriod;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnits;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of the caller's own municipality's tree; everyone in the municipality may see its structure. Each read is
 * of one day, today unless another is asked for: the tree as it was (or will be) that day.
 */
@Service
@Transactional(readOnly = true)
public class OrgUnitQueries {

    private final OrgUnits units;

    OrgUnitQueries(OrgUnits units) {
        this.units = units;
    }

    /** @param day null for today */
    public List<OrgUnit> tree(Caller caller, LocalDate day) {
        return units.treeAt(caller.tenant(), OrgCalendar.dayOrToday(day));
    }

    /** @param day null for today */
    public OrgUnit unit(Caller caller, OrgUnitId id, LocalDate day) {
        LocalDate on = OrgCalendar.dayOrToday(day);
        return units.findAt(caller.tenant(), id, on).orElseThrow(() -> notThatDay(caller, id, on));
    }

    /** The unit and everything below it on the day (null for today), in tree order. */
    public List<OrgUnit> subtree(Caller caller, OrgUnitId id, LocalDate day) {
        LocalDate on = OrgCalendar.dayOrToday(day);
        List<OrgUnit> subtree = units.subtreeAt(caller.tenant(), id, on);
        if (subtree.isEmpty()) {
            throw notThatDay(caller, id, on);
        }
        return subtree;
    }

    /** Every period of the unit's history, oldest first. */
    public List<OrgUnitPeriod> history(Caller caller, OrgUnitId id) {
        List<OrgUnitPeriod> history = units.history(caller.tenant(), id);
        if (history.isEmpty()) {
            throw noSuchUnit();
        }
        return history;
    }

    static NotFoundException noSuchUnit() {
        return new NotFoundException("No such unit in your municipality.");
    }

    private NotFoundException notThatDay(Caller caller, OrgUnitId id, LocalDate day) {
        return units.exists(caller.tenant(), id)
                ? new NotFoundException("The unit does not exist on " + day + " (it opens later or has closed).")
                : noSuchUnit();
    }
}
