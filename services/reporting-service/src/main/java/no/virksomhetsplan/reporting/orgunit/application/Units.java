package no.virksomhetsplan.reporting.orgunit.application;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.virksomhetsplan.platform.orgtree.OrgTreeReplica;
import no.virksomhetsplan.platform.orgtree.OrgUnitView;
import no.virksomhetsplan.reporting.orgunit.domain.OrgUnit;
import no.virksomhetsplan.reporting.orgunit.persistence.JdbcChildUnits;
import org.springframework.stereotype.Component;

/** The org tree of a municipality, read from the replica this service keeps of plans-service's tree. */
@Component
public class Units {

    private final OrgTreeReplica replica;
    private final JdbcChildUnits children;

    Units(OrgTreeReplica replica, JdbcChildUnits children) {
        this.replica = replica;
        this.children = children;
    }

    /** A unit that exists today. */
    public Optional<OrgUnit> find(String tenant, UUID id) {
        return replica.unit(tenant, id).filter(Units::existsToday).map(Units::toDomain);
    }

    /** A unit, also one that has closed: old reports keep the units they had. */
    public Optional<OrgUnit> findEvenClosed(String tenant, UUID id) {
        return replica.unit(tenant, id).map(Units::toDomain);
    }

    public Optional<OrgUnit> withExternalCode(String tenant, String code) {
        return replica.unitWithExternalCode(tenant, code).filter(Units::existsToday).map(Units::toDomain);
    }

    public Optional<OrgUnit> topUnit(String tenant) {
        return replica.units(tenant).stream().filter(unit -> unit.parentId() == null).findFirst().map(Units::toDomain);
    }

    /** The units directly below this one that exist today, by name. */
    public List<OrgUnit> children(String tenant, UUID id) {
        return children.of(tenant, id);
    }

    private static boolean existsToday(OrgUnitView view) {
        return view.closedFrom() == null || view.closedFrom().isAfter(LocalDate.now(OrgTreeReplica.NORWAY));
    }

    private static OrgUnit toDomain(OrgUnitView view) {
        List<UUID> lineage = Arrays.stream(view.path().split("/")).filter(part -> !part.isEmpty()).map(UUID::fromString)
                .toList();
        return new OrgUnit(view.id(), view.parentId(), view.name(), lineage, view.leader());
    }
}
