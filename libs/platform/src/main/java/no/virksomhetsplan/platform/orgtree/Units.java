package no.virksomhetsplan.platform.orgtree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The org tree of a municipality, read from the replica this service keeps of plans-service's tree. */
public class Units {

    private final OrgTreeReplica replica;

    Units(OrgTreeReplica replica) {
        this.replica = replica;
    }

    /** A unit that exists today; closed units and units not open yet are not found. */
    public Optional<OrgUnit> find(String tenant, OrgUnitId id) {
        return replica.unit(tenant, id.value()).filter(Units::existsToday).map(Units::toDomain);
    }

    /** A unit, also one that is closed: what a unit was stays readable on old items. */
    public Optional<OrgUnit> findEvenClosed(String tenant, OrgUnitId id) {
        return replica.unit(tenant, id.value()).map(Units::toDomain);
    }

    public Optional<OrgUnit> withExternalCode(String tenant, String code) {
        return replica.unitWithExternalCode(tenant, code).filter(Units::existsToday).map(Units::toDomain);
    }

    /** The unit at the top of the municipality's tree. */
    public Optional<OrgUnit> topUnit(String tenant) {
        return replica.units(tenant).stream().filter(unit -> unit.parentId() == null).findFirst().map(Units::toDomain);
    }

    /** The unit and everything below it that exists today, each unit before the units below it. */
    public List<OrgUnit> subtree(String tenant, OrgUnitId id) {
        return replica.subtree(tenant, id.value()).stream().map(Units::toDomain).toList();
    }

    /** The units directly below this one that exist today. */
    public List<OrgUnit> children(String tenant, OrgUnitId id) {
        return subtree(tenant, id).stream().filter(unit -> id.equals(unit.parentId())).toList();
    }

    /** The units among {@code ids} that the replica knows, closed ones included. */
    public Map<OrgUnitId, OrgUnit> all(String tenant, Collection<OrgUnitId> ids) {
        Map<OrgUnitId, OrgUnit> found = new HashMap<>();
        for (OrgUnitId id : ids.stream().distinct().toList()) {
            findEvenClosed(tenant, id).ifPresent(unit -> found.put(id, unit));
        }
        return found;
    }

    private static boolean existsToday(OrgUnitView view) {
        return view.closedFrom() == null || view.closedFrom().isAfter(java.time.LocalDate.now(OrgTreeReplica.NORWAY));
    }

    private static OrgUnit toDomain(OrgUnitView view) {
        List<OrgUnitId> lineage = new ArrayList<>();
        Arrays.stream(view.path().split("/")).filter(part -> !part.isEmpty())
                .forEach(part -> lineage.add(new OrgUnitId(UUID.fromString(part))));
        return new OrgUnit(new OrgUnitId(view.id()), view.parentId() == null ? null : new OrgUnitId(view.parentId()), view.name(),
                lineage, view.leader());
    }
}
