package no.virksomhetsplan.contracts.org;

import java.time.LocalDate;
import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * A unit's name, code, level or leader changed from a given day on. Its place in the tree did not change
 * ({@link OrgUnitMoved} tells that). Published on {@link no.virksomhetsplan.contracts.Topics#ORG}.
 *
 * @param unitId       the unit
 * @param name         display name from {@code validFrom} on
 * @param externalCode the municipality's own code (ansvar number) from {@code validFrom} on, or null
 * @param levelName    the municipality's name for the level from {@code validFrom} on, or null
 * @param leader       the Keycloak username of the unit's leader from {@code validFrom} on, or null
 * @param validFrom    the first day the unit has these values; earlier days keep the values they had
 * @param version      the unit's version after this change; replicas ignore older versions
 */
public record OrgUnitUpdated(
        UUID unitId,
        String name,
        String externalCode,
        String levelName,
        String leader,
        LocalDate validFrom,
        long version) implements IntegrationEvent {

    public static final String TYPE = "no.virksomhetsplan.org.unit-updated.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return unitId.toString();
    }
}
