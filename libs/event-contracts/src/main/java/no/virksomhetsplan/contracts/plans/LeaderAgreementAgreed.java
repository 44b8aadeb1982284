package no.virksomhetsplan.contracts.plans;

import java.time.Instant;
import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * Both the leader and the superior acknowledged the same revision of a leader agreement: it is agreed, and this is
 * the text they agreed (what a printed agreement shows). Published on {@link no.virksomhetsplan.contracts.Topics#PLANS}.
 *
 * @param agreementId            the agreement
 * @param revision               the agreed revision
 * @param year                   the plan year
 * @param unitId                 the unit the leader leads
 * @param leaderUsername         the leader's username
 * @param superiorUsername       the superior's username
 * @param sections               the agreed content
 * @param leaderAcknowledgedAt   when the leader acknowledged (UTC)
 * @param superiorAcknowledgedAt when the superior acknowledged (UTC)
 * @param version                the agreement's version after this change
 */
public record LeaderAgreementAgreed(
        UUID agreementId,
        int revision,
        int year,
        UUID unitId,
        String leaderUsername,
        String superiorUsername,
        LeaderAgreementSections sections,
        Instant leaderAcknowledgedAt,
        Instant superiorAcknowledgedAt,
        long version) implements IntegrationEvent {

    public static final String TYPE = "no.virksomhetsplan.agreements.agreement-agreed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return agreementId.toString();
    }
}
