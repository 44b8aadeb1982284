package no.virksomhetsplan.plans.letter.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Stream;
import no.virksomhetsplan.contracts.plans.AssignmentLetterSections;
import no.virksomhetsplan.plans.common.domain.Texts;
import no.virksomhetsplan.platform.domain.RuleViolationException;

/**
 * What an assignment letter says, in the sections municipalities use: guidance for leadership and steering,
 * focus areas, frames with the budget frame, routines and internal control. Any section may be left empty.
 *
 * @param budgetFrame NOK, kept with two decimals; null when the letter gives none
 */
public record LetterSections(
        String guidance,
        String focusAreas,
        String frames,
        BigDecimal budgetFrame,
        String routines,
        String internalControl) {

    public static final int MAX_SECTION_LENGTH = 20_000;
    public static final LetterSections EMPTY = new LetterSections(null, null, null, null, null, null);

    public LetterSections {
        guidance = Texts.optional(guidance, "The guidance section", MAX_SECTION_LENGTH);
        focusAreas = Texts.optional(focusAreas, "The focus areas section", MAX_SECTION_LENGTH);
        frames = Texts.optional(frames, "The frames section", MAX_SECTION_LENGTH);
        routines = Texts.optional(routines, "The routines section", MAX_SECTION_LENGTH);
        internalControl = Texts.optional(internalControl, "The internal control section", MAX_SECTION_LENGTH);
        if (budgetFrame != null) {
            if (budgetFrame.signum() < 0) {
                throw new RuleViolationException("The budget frame cannot be negative.");
            }
            if (budgetFrame.stripTrailingZeros().scale() > 2) {
                throw new RuleViolationException("The budget frame is in NOK and has at most two decimals.");
            }
            budgetFrame = budgetFrame.setScale(2, RoundingMode.UNNECESSARY);
        }
    }

    public boolean isEmpty() {
        return budgetFrame == null
                && Stream.of(guidance, focusAreas, frames, routines, internalControl).allMatch(text -> text == null);
    }

    AssignmentLetterSections toContract() {
        return new AssignmentLetterSections(guidance, focusAreas, frames, budgetFrame, routines, internalControl);
    }
}
