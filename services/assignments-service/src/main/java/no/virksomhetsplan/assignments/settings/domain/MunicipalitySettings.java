package no.virksomhetsplan.assignments.settings.domain;

import java.util.List;
import java.util.Optional;

/**
 * What this service needs of a municipality's settings: its assignment types and reminder rules. A municipality
 * that has never published its settings has plans-service's defaults (version 0).
 */
public record MunicipalitySettings(String language, List<AssignmentType> assignmentTypes, ReminderRules reminders,
        long version) {

    public static final MunicipalitySettings DEFAULT = new MunicipalitySettings("nb", List.of(
            new AssignmentType("VERBALVEDTAK", "Verbalvedtak", "Verbalvedtak", "Verbal council decision", true),
            new AssignmentType("POLITISK_SAK", "Politisk sak", "Politisk sak", "Political case", true),
            new AssignmentType("KOMMUNEDIREKTOR_OPPDRAG", "Oppdrag fra kommunedirektøren", "Oppdrag frå kommunedirektøren",
                    "Assignment from the chief executive", true),
            new AssignmentType("TILTAK", "Tiltak", "Tiltak", "Measure", true)), ReminderRules.DEFAULT, 0);

    public MunicipalitySettings {
        assignmentTypes = List.copyOf(assignmentTypes);
    }

    public Optional<AssignmentType> assignmentType(String code) {
        return assignmentTypes.stream().filter(type -> type.code().equals(code)).findFirst();
    }
}
