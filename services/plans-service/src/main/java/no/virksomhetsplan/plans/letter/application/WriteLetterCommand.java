package no.virksomhetsplan.plans.letter.application;

import no.virksomhetsplan.plans.letter.domain.LetterContent;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;

/** A new letter from a unit the caller leads to a unit below it. */
public record WriteLetterCommand(int year, OrgUnitId fromUnitId, OrgUnitId toUnitId, LetterContent content) {
}
