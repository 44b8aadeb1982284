package no.virksomhetsplan.reporting.report.domain;

/**
 * The parts of a report: the status of the items of the unit and the units below it, assignments flagged for it, the
 * unit's goals, their measure indicators, and (for a unit with units below it) the reports of those units. Checklists
 * join once checklists-service publishes its events.
 */
public enum Section {
    STATUS, ASSIGNMENT, GOAL, INDICATOR, UNIT_REPORT
}
