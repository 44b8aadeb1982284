package no.virksomhetsplan.contracts.org;

import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * A unit was added to a municipality's org tree. Published on {@link no.virksomhetsplan.contracts.Topics#ORG}.
 *
 * @param unitId       the new unit
 * @param parentId     its parent, or null for the top of the tree
 * @param ancestorIds  the path from the top of the tree down to the parent (empty for the top)
 * @param name         display name, e.g. "Fjordvik skole"
 * @param externalCode the municipality's own code (ansvar number), or null
 * @param levelName    the municipality's name for the level, e.g. "virksomhet", or null
 * @param version      the unit's version after this change; replicas ignore older versions
 */
public record OrgUnitCreated(
        UUID unitId,
        UUID parentId,
        List<UUID> ancestorIds,
        String name,
        String externalCode,
        String levelName,
        long version) implements IntegrationEvent {

    public static final String TYPE = "no.virksomhetsplan.org.unit-created.v1";

    public OrgUnitCreated {
        ancestorIds = List.copyOf(ancestorIds);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return unitId.toString();
    }
}
