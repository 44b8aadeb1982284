package no.virksomhetsplan.contracts.plans;

import java.math.BigDecimal;

/**
 * The sections of an assignment letter (oppdragsbrev), as its events carry them. Every section may be empty (null).
 *
 * @param guidance        guidance for leadership and steering (føringer for ledelse og styring)
 * @param focusAreas      the year's focus areas (fokusområder)
 * @param frames          the frames the unit works within (rammer), as text
 * @param budgetFrame     the budget frame in NOK, two decimals, or null
 * @param routines        routines (rutiner)
 * @param internalControl internal control (internkontroll, kommuneloven § 25-1)
 */
public record AssignmentLetterSections(
        String guidance,
        String focusAreas,
        String frames,
        BigDecimal budgetFrame,
        String routines,
        String internalControl) {
}
