package no.virksomhetsplan.assignments.deadline.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.virksomhetsplan.assignments.assignment.domain.Assignment;
import no.virksomhetsplan.assignments.assignment.domain.WorkItem;
import no.virksomhetsplan.assignments.settings.domain.ReminderRules;
import no.virksomhetsplan.platform.orgtree.OrgUnit;

/**
 * When people hear about deadlines, by the municipality's rules: one reminder per deadline, the rule's number of days
 * before it (more for items that run a month or more than for shorter ones); one word to the superior leader when an
 * item has been overdue for the rule's number of days. Each goes out once; a moved deadline starts over.
 */
public final class DeadlineRules {

    public enum NoticeKind {
        REMINDER,
        ESCALATION
    }

    /** @param daysBefore for a reminder, how many days ahead of the deadline the rule reminds */
    public record Due(WorkItem item, NoticeKind kind, int daysBefore) {
    }

    private DeadlineRules() {
    }

    /** The reminders and escalations due on {@code today} for the assignment's open items. */
    public static List<Due> due(Assignment assignment, ReminderRules rules, LocalDate today) {
        List<Due> due = new ArrayList<>();
        for (WorkItem item : assignment.items()) {
            if (!item.isOpen()) {
                continue;
            }
            int daysBefore = item.runsAMonthOrMore() ? rules.daysBeforeLongPeriods() : rules.daysBeforeShortPeriods();
            if (item.remindedOn() == null && !item.isOverdue() && !item.deadline().isBefore(today)
                    && !today.isBefore(item.deadline().minusDays(daysBefore))) {
                due.add(new Due(item, NoticeKind.REMINDER, daysBefore));
            }
            if (item.isOverdue() && item.escalatedOn() == null
                    && !today.isBefore(item.deadline().plusDays(rules.escalateAfterDaysOverdue()))) {
                due.add(new Due(item, NoticeKind.ESCALATION, 0));
            }
        }
        return due;
    }

    /**
     * Who hears that an item is overdue: the leader of its unit, or, when that leader is the responsible person, the
     * leader of the nearest unit above with someone else leading it.
     *
     * @param unitAndAbove the item's unit first, then the units above it, nearest first
     */
    public static Optional<String> superiorOf(WorkItem item, List<OrgUnit> unitAndAbove) {
        for (OrgUnit unit : unitAndAbove) {
            if (unit.leader() != null && !unit.leader().equalsIgnoreCase(String.valueOf(item.responsible()))) {
                return Optional.of(unit.leader().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    /** Who is reminded: the responsible person; for an item without an owner, the leader of its unit. */
    public static Optional<String> reminded(WorkItem item, OrgUnit unit) {
        if (item.responsible() != null && !item.responsibleLeft()) {
            return Optional.of(item.responsible());
        }
        return Optional.ofNullable(unit == null || unit.leader() == null ? null : unit.leader().toLowerCase(java.util.Locale.ROOT));
    }
}
