package no.virksomhetsplan.plans.orgunit.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.virksomhetsplan.contracts.org.OrgUnitCreated;

/**
 * A unit as it is on one day: the period of its history that covers the day, and what holds for the unit as a
 * whole (its version and the day it closes).
 *
 * @param closedFrom the first day the unit no longer exists, or null while no closing is decided
 * @param version    how many changes the unit has had; a change must name the version it was based on
 */
public record OrgUnit(String tenant, OrgUnitPeriod period, LocalDate closedFrom, long version) {

    public OrgUnit {
        Objects.requireNonNull(tenant);
        Objects.requireNonNull(period);
    }

    /**
     * The top of a new municipality's tree from today, built in memory only: for code that needs a small tree
     * without storing it, such as the domain tests of features built on the tree. The stored tree changes only
     * through {@link OrgUnitHistory}.
     */
    public static Created top(String tenant, String name, String externalCode, String levelName) {
        return created(OrgUnitHistory.top(tenant, new OrgUnitDetails(name, externalCode, levelName, null), OrgCalendar.today()));
    }

    /** A new unit directly below this one from the first day of this state, built in memory only (see {@link #top}). */
    public Created addChild(String name, String externalCode, String levelName) {
        var parent = new OrgUnitHistory(tenant, id(), version, name(), validFrom(), closedFrom, validFrom(), List.of(period));
        return created(parent.addChild(new OrgUnitDetails(name, externalCode, levelName, null)));
    }

    /** A unit built in memory, with the event that would tell the other services about it. */
    public record Created(OrgUnit unit, OrgUnitCreated event) {
    }

    private static Created created(NewOrgUnit created) {
        OrgUnitHistory unit = created.unit();
        return new Created(new OrgUnit(unit.tenant(), unit.periods().get(0), null, unit.version()), created.event());
    }

    public OrgUnitId id() {
        return period.unitId();
    }

    /** Null for the top of the tree. */
    public OrgUnitId parentId() {
        return period.parentId();
    }

    /** The ids from the top of the tree down to the parent. */
    public List<OrgUnitId> ancestorIds() {
        return period.ancestorIds();
    }

    public String name() {
        return period.details().name();
    }

    public String externalCode() {
        return period.details().externalCode();
    }

    public String levelName() {
        return period.details().levelName();
    }

    public String leader() {
        return period.details().leader();
    }

    /** The first day the unit is as this shows it. */
    public LocalDate validFrom() {
        return period.validFrom();
    }

    /** The first day it is no longer as this shows it (changed, moved or closed), or null while it lasts. */
    public LocalDate validTo() {
        return period.validTo();
    }
}
