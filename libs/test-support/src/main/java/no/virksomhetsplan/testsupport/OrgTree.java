package no.virksomhetsplan.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import no.virksomhetsplan.contracts.org.OrgUnitCreated;

/**
 * Builds a part of a municipality's org tree in a service's replica, as plans-service's events would. Every test
 * builds its own tree with fresh ids and codes, so tests sharing the database never see each other's units.
 */
public final class OrgTree {

    /** A unit of the test's tree; {@code code} is what the {@code org_unit} claim of its people says. */
    public record Unit(UUID id, String name, String code, List<UUID> lineage) {
    }

    private final Consumer<OrgUnitCreated> replica;

    /** @param replica applies an event to the service's replica of the municipality's tree (in a transaction) */
    public OrgTree(Consumer<OrgUnitCreated> replica) {
        this.replica = replica;
    }

    public Unit top(String name, String leader) {
        return add(null, name, "kommune", leader);
    }

    public Unit under(Unit parent, String name, String leader) {
        return add(parent, name, "virksomhet", leader);
    }

    private Unit add(Unit parent, String name, String level, String leader) {
        UUID id = UUID.randomUUID();
        String code = "T" + id.toString().substring(0, 8);
        List<UUID> ancestors = parent == null ? List.of() : parent.lineage();
        replica.accept(new OrgUnitCreated(id, parent == null ? null : parent.id(), ancestors, name, code, level, 1, leader, null));
        List<UUID> lineage = new ArrayList<>(ancestors);
        lineage.add(id);
        return new Unit(id, name, code, List.copyOf(lineage));
    }
}
