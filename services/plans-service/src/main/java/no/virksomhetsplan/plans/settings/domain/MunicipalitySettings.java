package no.virksomhetsplan.plans.settings.domain;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import no.virksomhetsplan.contracts.plans.MunicipalitySettingsChanged;
import no.virksomhetsplan.platform.domain.RuleViolationException;

/**
 * A municipality's own settings: its language, its names for levels, roles and concepts, the assignment types it
 * uses, and its reminder rules. A municipality that has stored nothing has {@link #defaults}.
 *
 * @param terminology     names by concept key, e.g. {@code level.unit}; always includes every default key
 * @param assignmentTypes in the municipality's order; codes are unique and never removed
 * @param version         0 for the defaults, then one more with every change
 */
public record MunicipalitySettings(
        String tenant,
        Language language,
        Map<String, Labels> terminology,
        List<AssignmentType> assignmentTypes,
        ReminderRules reminders,
        long version) {

    public static final String CONCEPT_KEY_PATTERN = "[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9]+)*";
    public static final int MAX_CONCEPT_KEY_LENGTH = 100;
    public static final int MAX_CONCEPTS = 300;
    public static final int MAX_ASSIGNMENT_TYPES = 100;
    private static final Pattern CONCEPT_KEY = Pattern.compile(CONCEPT_KEY_PATTERN);

    public MunicipalitySettings {
        Objects.requireNonNull(tenant);
        Objects.requireNonNull(language);
        Objects.requireNonNull(reminders);
        terminology = Collections.unmodifiableMap(new TreeMap<>(terminology));
        assignmentTypes = List.copyOf(assignmentTypes);
        terminology.keySet().forEach(MunicipalitySettings::requireConceptKey);
        if (terminology.size() > MAX_CONCEPTS) {
            throw new RuleViolationException("A municipality names at most " + MAX_CONCEPTS + " concepts.");
        }
        if (assignmentTypes.size() > MAX_ASSIGNMENT_TYPES) {
            throw new RuleViolationException("A municipality has at most " + MAX_ASSIGNMENT_TYPES + " assignment types.");
        }
        Set<String> codes = new HashSet<>();
        for (AssignmentType type : assignmentTypes) {
            if (!codes.add(type.code())) {
                throw new RuleViolationException("The assignment type code " + type.code() + " appears more than once; "
                        + "codes are unique.");
            }
        }
    }

    /** What a municipality has until its administrator stores something. */
    public static MunicipalitySettings defaults(String tenant) {
        return new MunicipalitySettings(tenant, SettingsDefaults.LANGUAGE, SettingsDefaults.TERMINOLOGY,
                SettingsDefaults.ASSIGNMENT_TYPES, ReminderRules.DEFAULT, 0);
    }

    /**
     * All settings replaced at once. Names not given for a default concept keep their default, so every screen
     * always has a name to show.
     *
     * @throws RuleViolationException if an assignment type would disappear (deactivate it instead)
     */
    public Changed change(Language newLanguage, Map<String, Labels> newTerminology, List<AssignmentType> newTypes,
            ReminderRules newReminders) {
        Set<String> kept = new HashSet<>();
        newTypes.forEach(type -> kept.add(type.code()));
        List<String> removed = assignmentTypes.stream().map(AssignmentType::code).filter(code -> !kept.contains(code)).toList();
        if (!removed.isEmpty()) {
            throw new RuleViolationException("Assignment types are never removed, since assignments may carry their code; "
                    + "deactivate " + String.join(", ", removed) + " instead.");
        }
        Map<String, Labels> terms = new LinkedHashMap<>(SettingsDefaults.TERMINOLOGY);
        terms.putAll(newTerminology);
        var changed = new MunicipalitySettings(tenant, newLanguage, terms, newTypes, newReminders, version + 1);
        return new Changed(changed, changed.toEvent());
    }

    /** Whether the administrator has stored settings (else these are the defaults). */
    public boolean isStored() {
        return version > 0;
    }

    /** The settings after a change, with the event that gives every replica the whole of them. */
    public record Changed(MunicipalitySettings settings, MunicipalitySettingsChanged event) {
    }

    private MunicipalitySettingsChanged toEvent() {
        Map<String, MunicipalitySettingsChanged.Labels> terms = new TreeMap<>();
        terminology.forEach((key, labels) -> terms.put(key, labels.toContract()));
        return new MunicipalitySettingsChanged(language.code(), terms,
                assignmentTypes.stream().map(AssignmentType::toContract).toList(), reminders.toContract(), version);
    }

    private static void requireConceptKey(String key) {
        if (key == null || key.length() > MAX_CONCEPT_KEY_LENGTH || !CONCEPT_KEY.matcher(key).matches()) {
            throw new RuleViolationException("A concept key is dotted words of letters and digits, like level.unit; "
                    + key + " is not.");
        }
    }
}
