package no.virksomhetsplan.contracts.plans;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * A municipality's administrator changed its settings. The event carries all of them, so a replica replaces what
 * it has with this snapshot (if the version is newer). Assignment types are never removed, only deactivated, so
 * every code a consumer has seen stays in the list. Published on {@link no.virksomhetsplan.contracts.Topics#PLANS}.
 *
 * @param language        the municipality's language: nb (bokmål), nn (nynorsk) or en
 * @param terminology     the municipality's names for levels, roles and concepts, by concept key (e.g. "level.unit"), in key order
 * @param assignmentTypes the assignment types, in the municipality's order
 * @param reminders       when reminders and escalations go out
 * @param version         the settings' version after this change
 */
public record MunicipalitySettingsChanged(
        String language,
        Map<String, Labels> terminology,
        List<AssignmentType> assignmentTypes,
        Reminders reminders,
        long version) implements IntegrationEvent {

    public static final String TYPE = "no.virksomhetsplan.settings.settings-changed.v1";

    public MunicipalitySettingsChanged {
        terminology = Collections.unmodifiableMap(new TreeMap<>(terminology));
        assignmentTypes = List.copyOf(assignmentTypes);
    }

    /** One name in each of the three languages. */
    public record Labels(String nb, String nn, String en) {
    }

    /**
     * @param code   stable code that assignments carry, e.g. VERBALVEDTAK
     * @param labels the name shown
     * @param active false once the municipality stopped using it; existing assignments keep it
     */
    public record AssignmentType(String code, Labels labels, boolean active) {
    }

    /**
     * @param daysBeforeLongPeriods    days before a deadline that a reminder goes out, for periods of a month or more
     * @param daysBeforeShortPeriods   the same for shorter periods
     * @param weeklyDigest             whether people get a weekly digest of what is due
     * @param escalateAfterDaysOverdue days after a missed deadline that the superior is told
     */
    public record Reminders(int daysBeforeLongPeriods, int daysBeforeShortPeriods, boolean weeklyDigest,
            int escalateAfterDaysOverdue) {
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    /** One settings aggregate per municipality; the tenant is in the event's tenant attribute. */
    @Override
    public String subject() {
        return "municipality-settings";
    }
}
