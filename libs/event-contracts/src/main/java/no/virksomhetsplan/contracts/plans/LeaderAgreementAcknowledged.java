package no.virksomhetsplan.contracts.plans;

import java.time.Instant;
import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * One of the two parties acknowledged the draft of a leader agreement; the other has not yet (when both have,
 * {@link LeaderAgreementAgreed} is published instead). Published on {@link no.virksomhetsplan.contracts.Topics#PLANS}.
 *
 * @param agreementId      the agreement
 * @param revision         the revision acknowledged
 * @param year             the plan year
 * @param unitId           the unit the leader leads
 * @param leaderUsername   the leader's username
 * @param superiorUsername the superior's username
 * @param party            LEADER or SUPERIOR: who acknowledged
 * @param acknowledgedAt   when (UTC)
 * @param version          the agreement's version after this change
 */
public record LeaderAgreementAcknowledged(
        UUID agreementId,
        int revision,
        int year,
        UUID unitId,
        String leaderUsername,
        String superiorUsername,
        String party,
        Instant acknowledgedAt,
        long version) implements IntegrationEvent {

    public static final String TYPE = "no.virksomhetsplan.agreements.agreement-acknowledged.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return agreementId.toString();
    }
}
