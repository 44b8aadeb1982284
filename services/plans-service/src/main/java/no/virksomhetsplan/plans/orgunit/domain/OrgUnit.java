package no.virksomhetsplan.plans.orgunit.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.virksomhetsplan.contracts.org.OrgUnitCreated;
import no.virksomhetsplan.platform.domain.RuleViolationException;

/**
 * A unit in a municipality's org tree: the kommune at the top, then sectors, units and departments, as deep as
 * the municipality needs. A unit knows its ancestors, so "this unit and everything below" is a prefix query.
 */
public record OrgUnit(
        OrgUnitId id,
        String tenant,
        OrgUnitId parentId,
        List<OrgUnitId> ancestorIds,
        String name,
        String externalCode,
        String levelName,
        long version) {

    public static final int MAX_NAME_LENGTH = 200;

    public OrgUnit {
        Objects.requireNonNull(id);
        Objects.requireNonNull(tenant);
        ancestorIds = List.copyOf(ancestorIds);
        if (name == null || name.isBlank()) {
            throw new RuleViolationException("A unit needs a name.");
        }
        if ((parentId == null) != ancestorIds.isEmpty()) {
            throw new IllegalArgumentException("a unit has ancestors exactly when it has a parent");
        }
    }

    /** The top of a municipality's tree. */
    public static Created top(String tenant, String name, String externalCode, String levelName) {
        return created(new OrgUnit(OrgUnitId.newId(), tenant, null, List.of(), blankToNull(name), blankToNull(externalCode),
                blankToNull(levelName), 1));
    }

    /** A new unit directly below this one. */
    public Created addChild(String name, String externalCode, String levelName) {
        List<OrgUnitId> path = new ArrayList<>(ancestorIds);
        path.add(id);
        return created(new OrgUnit(OrgUnitId.newId(), tenant, id, path, blankToNull(name), blankToNull(externalCode),
                blankToNull(levelName), 1));
    }

    /** A new unit together with the event that tells the other services about it. */
    public record Created(OrgUnit unit, OrgUnitCreated event) {
    }

    private static Created created(OrgUnit unit) {
        var event = new OrgUnitCreated(unit.id.value(), unit.parentId == null ? null : unit.parentId.value(),
                unit.ancestorIds.stream().map(OrgUnitId::value).toList(), unit.name, unit.externalCode, unit.levelName,
                unit.version);
        return new Created(unit, event);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
