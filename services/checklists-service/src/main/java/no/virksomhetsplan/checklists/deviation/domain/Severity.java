package no.virksomhetsplan.checklists.deviation.domain;

public enum Severity {
    LOW, MEDIUM, HIGH
}
