package no.virksomhetsplan.reporting.report.domain;

/**
 * The parts of a report: the status of the items of the unit and the units below it, assignments flagged for it, the
 * unit's goals, their measure indicators, (for a unit with units below it) the reports of those units, the unit's own
 * checklists for the period, its open deviations, and the internal-control figures of its subtree: per area
 * (INTERNAL_CONTROL, one line per area and a TOTAL line) and per unit directly below (INTERNAL_CONTROL_UNIT). A year
 * report's internal-control lines are the annual internal-control report (kommuneloven § 25-2).
 */
public enum Section {
    STATUS, ASSIGNMENT, GOAL, INDICATOR, UNIT_REPORT, CHECKLIST, DEVIATION, INTERNAL_CONTROL, INTERNAL_CONTROL_UNIT
}
