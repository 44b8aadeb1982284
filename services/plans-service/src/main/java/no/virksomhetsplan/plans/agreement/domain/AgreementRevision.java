package no.virksomhetsplan.plans.agreement.domain;

import java.time.Instant;
import java.util.Objects;
import no.virksomhetsplan.plans.common.domain.Revision;

/**
 * One revision of a leader agreement: the text, and each party's acknowledgement of exactly this text.
 *
 * @param leaderAcknowledgement   null until the leader has acknowledged this revision
 * @param superiorAcknowledgement null until the superior has acknowledged this revision
 */
public record AgreementRevision(
        int number,
        AgreementState state,
        AgreementSections sections,
        Instant changedAt,
        String changedBy,
        Acknowledgement leaderAcknowledgement,
        Acknowledgement superiorAcknowledgement) implements Revision {

    public AgreementRevision {
        Objects.requireNonNull(state);
        Objects.requireNonNull(sections);
        Objects.requireNonNull(changedAt);
        Objects.requireNonNull(changedBy);
        if (number < 1) {
            throw new IllegalArgumentException("revisions are numbered from 1");
        }
        if ((state == AgreementState.AGREED) != (leaderAcknowledgement != null && superiorAcknowledgement != null)) {
            throw new IllegalArgumentException("a revision is agreed exactly when both parties have acknowledged it");
        }
    }

    static AgreementRevision draft(int number, AgreementSections sections, String by, Instant at) {
        return new AgreementRevision(number, AgreementState.DRAFT, sections, at, by, null, null);
    }

    @Override
    public boolean isDraft() {
        return state == AgreementState.DRAFT;
    }

    public Acknowledgement acknowledgementOf(Party party) {
        return party == Party.LEADER ? leaderAcknowledgement : superiorAcknowledgement;
    }

    /** When the second acknowledgement came; null while it is a draft. */
    public Instant agreedAt() {
        if (!isDraft()) {
            return leaderAcknowledgement.at().isAfter(superiorAcknowledgement.at()) ? leaderAcknowledgement.at()
                    : superiorAcknowledgement.at();
        }
        return null;
    }

    /** New text: whatever was acknowledged was acknowledged for the old text, so both acknowledgements go. */
    AgreementRevision rewritten(AgreementSections newSections, String by, Instant at) {
        return draft(number, newSections, by, at);
    }

    AgreementRevision acknowledgedBy(Party party, Acknowledgement acknowledgement) {
        Acknowledgement leader = party == Party.LEADER ? acknowledgement : leaderAcknowledgement;
        Acknowledgement superior = party == Party.SUPERIOR ? acknowledgement : superiorAcknowledgement;
        AgreementState next = leader != null && superior != null ? AgreementState.AGREED : AgreementState.DRAFT;
        return new AgreementRevision(number, next, sections, changedAt, changedBy, leader, superior);
    }
}
