package no.virksomhetsplan.contracts.plans;

/**
 * The content of a leader agreement (lederavtale), as its events carry it. Every section may be empty (null).
 *
 * @param goalsAndPriorities the leader's goals and priorities for the year
 * @param development        the leader's own development
 * @param expectations       what the leader and the superior expect of each other
 */
public record LeaderAgreementSections(String goalsAndPriorities, String development, String expectations) {
}
