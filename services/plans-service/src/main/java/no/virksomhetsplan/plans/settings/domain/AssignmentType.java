package no.virksomhetsplan.plans.settings.domain;

import java.util.regex.Pattern;
import no.virksomhetsplan.contracts.plans.MunicipalitySettingsChanged;
import no.virksomhetsplan.platform.domain.RuleViolationException;

/**
 * A kind of assignment the municipality uses, e.g. verbalvedtak. Assignments carry the code, so a code never
 * changes meaning and is never removed: a type the municipality stops using is deactivated.
 */
public record AssignmentType(String code, Labels labels, boolean active) {

    public static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,39}";
    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);

    public AssignmentType {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new RuleViolationException("An assignment type code is 2 to 40 capital letters, digits or underscores, "
                    + "starting with a letter, like VERBALVEDTAK; " + code + " is not.");
        }
        if (labels == null) {
            throw new RuleViolationException("The assignment type " + code + " needs a name.");
        }
    }

    MunicipalitySettingsChanged.AssignmentType toContract() {
        return new MunicipalitySettingsChanged.AssignmentType(code, labels.toContract(), active);
    }
}
