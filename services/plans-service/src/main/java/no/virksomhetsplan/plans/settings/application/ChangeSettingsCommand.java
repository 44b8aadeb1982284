package no.virksomhetsplan.plans.settings.application;

import java.util.List;
import java.util.Map;
import no.virksomhetsplan.plans.settings.domain.AssignmentType;
import no.virksomhetsplan.plans.settings.domain.Labels;
import no.virksomhetsplan.plans.settings.domain.Language;
import no.virksomhetsplan.plans.settings.domain.ReminderRules;

/**
 * All of a municipality's settings, replacing what it has.
 *
 * @param basedOnVersion the version the administrator changed (0 for the defaults); if someone changed them since,
 *                       the change is refused
 */
public record ChangeSettingsCommand(long basedOnVersion, Language language, Map<String, Labels> terminology,
        List<AssignmentType> assignmentTypes, ReminderRules reminders) {
}
