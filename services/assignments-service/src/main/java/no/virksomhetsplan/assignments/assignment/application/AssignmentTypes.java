package no.virksomhetsplan.assignments.assignment.application;

import no.virksomhetsplan.assignments.settings.domain.AssignmentType;
import no.virksomhetsplan.assignments.settings.domain.SettingsReplica;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import org.springframework.stereotype.Component;

/** Assignments are typed by the municipality's own assignment types (settings in plans-service). */
@Component
class AssignmentTypes {

    private final SettingsReplica settings;

    AssignmentTypes(SettingsReplica settings) {
        this.settings = settings;
    }

    /** A new assignment, or one that changes type, needs a type the municipality uses. */
    void requireActive(String tenant, String code) {
        AssignmentType type = settings.settings(tenant).assignmentType(code)
                .orElseThrow(() -> new RuleViolationException("The municipality has no assignment type " + code + "."));
        if (!type.active()) {
            throw new RuleViolationException("The assignment type " + code + " (" + type.nameNb() + ") is no longer in use.");
        }
    }
}
