package no.virksomhetsplan.reporting.report.domain;

/**
 * The parts of a report: assignments flagged for it, the unit's goals, their measure indicators, and (for a unit with
 * units below it) the reports of those units. Checklists join once checklists-service publishes its events.
 */
public enum Section {
    ASSIGNMENT, GOAL, INDICATOR, UNIT_REPORT
}
