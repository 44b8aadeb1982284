package no.virksomhetsplan.checklists.deviation.application;

import no.virksomhetsplan.checklists.deviation.domain.Deviation;

/** A deviation as the register lists it: with its unit's name, its checklist's title and the question it came from. */
public record DeviationEntry(Deviation deviation, String unitName, String checklistTitle, String questionText) {
}
