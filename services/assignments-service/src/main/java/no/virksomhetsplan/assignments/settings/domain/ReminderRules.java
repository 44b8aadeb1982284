package no.virksomhetsplan.assignments.settings.domain;

/**
 * When people hear about deadlines, as the municipality set it in plans-service.
 *
 * @param daysBeforeLongPeriods    days before a deadline that its reminder goes out, when the item runs a month or more
 * @param daysBeforeShortPeriods   the same for items that run less than a month
 * @param weeklyDigest             whether people get a weekly digest of what they are responsible for
 * @param escalateAfterDaysOverdue days past a deadline before the superior leader is told
 */
public record ReminderRules(int daysBeforeLongPeriods, int daysBeforeShortPeriods, boolean weeklyDigest,
        int escalateAfterDaysOverdue) {

    /** plans-service's defaults (Stratsys' 28 and 7 days), which hold until the municipality changes them. */
    public static final ReminderRules DEFAULT = new ReminderRules(28, 7, true, 7);
    /** The most days ahead of a deadline a municipality may set a reminder (plans-service refuses more). */
    public static final int MAX_DAYS_BEFORE = 90;
}
