package no.virksomhetsplan.contracts.org;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * A unit, with everything below it, got a new parent from a given day on; earlier days keep the structure they
 * had. The units below it keep their own parents: their paths change with the moved unit's path.
 * Published on {@link no.virksomhetsplan.contracts.Topics#ORG}.
 *
 * @param unitId           the unit that moved
 * @param parentId         its new parent
 * @param previousParentId its parent on {@code validFrom} before this move
 * @param ancestorIds      the path from the top of the tree down to the new parent on {@code validFrom}
 * @param validFrom        the first day the unit is under its new parent
 * @param version          the unit's version after this change; replicas ignore older versions
 */
public record OrgUnitMoved(
        UUID unitId,
        UUID parentId,
        UUID previousParentId,
        List<UUID> ancestorIds,
        LocalDate validFrom,
        long version) implements IntegrationEvent {

    public static final String TYPE = "no.virksomhetsplan.org.unit-moved.v1";

    public OrgUnitMoved {
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
