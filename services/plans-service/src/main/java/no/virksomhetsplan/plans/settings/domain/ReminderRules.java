package no.virksomhetsplan.plans.settings.domain;

import no.virksomhetsplan.contracts.plans.MunicipalitySettingsChanged;
import no.virksomhetsplan.platform.domain.RuleViolationException;

/**
 * When people are reminded of deadlines: some days before, more for long periods than for short ones (Stratsys'
 * 28 and 7 are the defaults), a weekly digest, and a word to the superior when something is overdue.
 *
 * @param daysBeforeLongPeriods    for periods of a month or more
 * @param daysBeforeShortPeriods   for shorter periods
 * @param escalateAfterDaysOverdue days past the deadline before the superior is told
 */
public record ReminderRules(int daysBeforeLongPeriods, int daysBeforeShortPeriods, boolean weeklyDigest,
        int escalateAfterDaysOverdue) {

    public static final int MAX_DAYS_BEFORE_LONG = 90;
    public static final int MAX_DAYS_BEFORE_SHORT = 30;
    public static final int MAX_DAYS_OVERDUE = 90;
    public static final ReminderRules DEFAULT = new ReminderRules(28, 7, true, 7);

    public ReminderRules {
        requireWithin(daysBeforeLongPeriods, MAX_DAYS_BEFORE_LONG, "Reminders for periods of a month or more");
        requireWithin(daysBeforeShortPeriods, MAX_DAYS_BEFORE_SHORT, "Reminders for shorter periods");
        requireWithin(escalateAfterDaysOverdue, MAX_DAYS_OVERDUE, "Escalation of overdue items");
        if (daysBeforeShortPeriods > daysBeforeLongPeriods) {
            throw new RuleViolationException("Reminders for shorter periods (" + daysBeforeShortPeriods
                    + " days before) cannot come earlier than those for periods of a month or more (" + daysBeforeLongPeriods
                    + " days before).");
        }
    }

    MunicipalitySettingsChanged.Reminders toContract() {
        return new MunicipalitySettingsChanged.Reminders(daysBeforeLongPeriods, daysBeforeShortPeriods, weeklyDigest,
                escalateAfterDaysOverdue);
    }

    private static void requireWithin(int days, int max, String what) {
        if (days < 1 || days > max) {
            throw new RuleViolationException(what + " must be between 1 and " + max + " days, not " + days + ".");
        }
    }
}
