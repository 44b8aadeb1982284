package no.virksomhetsplan.plans.orgunit.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where org units and their histories are kept; every method is scoped to one municipality. */
public interface OrgUnits {

    /** Makes changes to the municipality's tree wait for each other until the current transaction ends. */
    void lockTree(String tenant);

    /** The unit as it is today; empty if it does not exist today. */
    default Optional<OrgUnit> find(String tenant, OrgUnitId id) {
        return findAt(tenant, id, OrgCalendar.today());
    }

    /** Today's tree: top first, each unit before the units below it. */
    default List<OrgUnit> all(String tenant) {
        return treeAt(tenant, OrgCalendar.today());
    }

    /** The unit and everything below it today, in tree order; empty if the unit does not exist today. */
    default List<OrgUnit> subtree(String tenant, OrgUnitId id) {
        return subtreeAt(tenant, id, OrgCalendar.today());
    }

    /** The unit as it was (or will be) on the day; empty if it does not exist then. */
    Optional<OrgUnit> findAt(String tenant, OrgUnitId id, LocalDate day);

    /** The unit with this code as it is on the day; empty if it does not exist then. */
    Optional<OrgUnit> findByExternalCodeAt(String tenant, String externalCode, LocalDate day);

    /** True if the unit was ever part of the municipality's tree, whatever the day. */
    boolean exists(String tenant, OrgUnitId id);

    /** The tree on the day: top first, each unit before the units below it. */
    List<OrgUnit> treeAt(String tenant, LocalDate day);

    /** The unit and everything below it on the day, in tree order; empty if the unit does not exist then. */
    List<OrgUnit> subtreeAt(String tenant, OrgUnitId id, LocalDate day);

    /** Every period of the unit, oldest first. */
    List<OrgUnitPeriod> history(String tenant, OrgUnitId id);

    /** The unit's history from the day on, as a change from that day needs it. */
    Optional<OrgUnitHistory> historyFrom(String tenant, OrgUnitId id, LocalDate from);

    /** The histories from the day on of the units that have these codes, by code. */
    Map<String, OrgUnitHistory> historiesFromByCode(String tenant, Collection<String> externalCodes, LocalDate from);

    /** Every period of the units below the unit that lasts beyond the history's day, whatever their depth. */
    List<OrgUnitPeriod> periodsBelow(OrgUnitHistory unit);

    /** Names of the units directly below the unit on the day or later. */
    List<String> namesOfUnitsBelow(String tenant, OrgUnitId id, LocalDate from);

    /** The name of the unit that has this code, if one has, other than the given unit. */
    Optional<String> holderOfCode(String tenant, String externalCode, OrgUnitId except);

    /** The name of the municipality's top unit, if it has one. */
    Optional<String> topName(String tenant);

    /** Stores new units, each after its parent. */
    void add(List<NewOrgUnit> units);

    /**
     * Stores a change, if the unit is still at the version the change was based on.
     *
     * @throws no.virksomhetsplan.platform.domain.ConflictException if it is not
     */
    void apply(OrgUnitChange change);
}
