package no.virksomhetsplan.contracts.plans;

import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * A leader agreement was written or changed: a new agreement, an edited draft (which clears any acknowledgement
 * given so far), or a new revision of an agreed agreement. Published on {@link no.virksomhetsplan.contracts.Topics#PLANS}.
 *
 * @param agreementId      the agreement; all its revisions share it
 * @param revision         the revision now in draft (1 for a new agreement)
 * @param year             the plan year
 * @param unitId           the unit the leader leads
 * @param leaderUsername   the leader's username
 * @param superiorUsername the username of the superior who agrees it with them
 * @param sections         the draft's content
 * @param version          the agreement's version after this change; replicas ignore older versions
 */
public record LeaderAgreementDrafted(
        UUID agreementId,
        int revision,
        int year,
        UUID unitId,
        String leaderUsername,
        String superiorUsername,
        LeaderAgreementSections sections,
        long version) implements IntegrationEvent {

    public static final String TYPE = "no.virksomhetsplan.agreements.agreement-drafted.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return agreementId.toString();
    }
}
