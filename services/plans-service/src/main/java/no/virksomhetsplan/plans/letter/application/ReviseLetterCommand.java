package no.virksomhetsplan.plans.letter.application;

import no.virksomhetsplan.plans.letter.domain.AssignmentLetterId;
import no.virksomhetsplan.plans.letter.domain.LetterContent;

/** @param basedOnVersion the version of the letter the caller changed; if someone changed it since, the edit is refused */
public record ReviseLetterCommand(AssignmentLetterId letterId, long basedOnVersion, LetterContent content) {
}
