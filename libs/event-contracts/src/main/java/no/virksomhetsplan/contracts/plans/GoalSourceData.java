package no.virksomhetsplan.contracts.plans;

import java.time.LocalDate;

/**
 * Where a goal comes from, as carried in goal events.
 *
 * @param kind       KOMMUNEPLAN, TEMAPLAN, HOP (handlings- og økonomiplan) or POLITICAL_DECISION
 * @param name       the plan's name or the deciding body, e.g. "Kommuneplanens samfunnsdel 2024–2036", "Kommunestyret"
 * @param caseNumber the political case number, e.g. "PS 45/26", or null
 * @param date       when the plan was adopted or the decision made, or null
 */
public record GoalSourceData(String kind, String name, String caseNumber, LocalDate date) {
}
