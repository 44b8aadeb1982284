package no.virksomhetsplan.reporting.projection.domain;

import java.util.UUID;

/** One counter of a unit: the items of a kind due in a month, under a measure (a status, or OVERDUE). */
public record CounterKey(UUID unitId, int year, int month, String kind, String measure) {
}
