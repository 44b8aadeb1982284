package no.virksomhetsplan.contracts.org;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * A unit was added to a municipality's org tree. Published on {@link no.virksomhetsplan.contracts.Topics#ORG}.
 *
 * @param unitId       the new unit
 * @param parentId     its parent, or null for the top of the tree
 * @param ancestorIds  the path from the top of the tree down to the parent on {@code validFrom} (empty for the top)
 * @param name         display name, e.g. "Fjordvik skole"
 * @param externalCode the municipality's own code (ansvar number), or null
 * @param levelName    the municipality's name for the level, e.g. "virksomhet", or null
 * @param version      the unit's version after this change; replicas ignore older versions
 * @param leader       the Keycloak username of the unit's leader, or null (absent in events published before it existed)
 * @param validFrom    the first day the unit exists, or null (absent in events published before it existed)
 */
public record OrgUnitCreated(
        UUID unitId,
        UUID parentId,
        List<UUID> ancestorIds,
        String name,
        String externalCode,
        String levelName,
        long version,
        String leader,
        LocalDate validFrom) implements IntegrationEvent {

    public static final String TYPE = "no.virksomhetsplan.org.unit-created.v1";

    public OrgUnitCreated {
        ancestorIds = List.copyOf(ancestorIds);
    }

    /** A unit without a leader and without a start date, as the first producers published it. */
    public OrgUnitCreated(UUID unitId, UUID parentId, List<UUID> ancestorIds, String name, String externalCode, String levelName,
            long version) {
        this(unitId, parentId, ancestorIds, name, externalCode, levelName, version, null, null);
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
