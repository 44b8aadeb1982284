package no.virksomhetsplan.plans.agreement.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import no.virksomhetsplan.contracts.IntegrationEvent;
import no.virksomhetsplan.contracts.plans.LeaderAgreementAcknowledged;
import no.virksomhetsplan.contracts.plans.LeaderAgreementAgreed;
import no.virksomhetsplan.contracts.plans.LeaderAgreementDrafted;
import no.virksomhetsplan.plans.common.domain.Revisions;
import no.virksomhetsplan.plans.common.domain.Texts;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnit;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;
import no.virksomhetsplan.platform.domain.RuleViolationException;

/**
 * A leader agreement (lederavtale) between a unit's leader and their superior for a plan year. It is agreed when
 * both have acknowledged the same text; changing the text takes back any acknowledgement given so far. Changing an
 * agreed agreement (after the next leader conversation) starts a new revision, and the agreed one is kept.
 *
 * @param leaderUsername   the leader's username (Keycloak's preferred_username, in lower case)
 * @param superiorUsername the superior's username; they must lead a unit above the leader's when they acknowledge
 * @param revisions        every revision, oldest first; only the last may be a draft
 * @param version          increases with every change; a change based on an older version is refused
 */
public record LeaderAgreement(
        LeaderAgreementId id,
        String tenant,
        int year,
        OrgUnitId unitId,
        String leaderUsername,
        String superiorUsername,
        List<AgreementRevision> revisions,
        long version) {

    public static final int MAX_USERNAME_LENGTH = 255;

    public LeaderAgreement {
        Objects.requireNonNull(id);
        Objects.requireNonNull(tenant);
        Objects.requireNonNull(unitId);
        leaderUsername = username(leaderUsername, "The leader's username");
        superiorUsername = username(superiorUsername, "The superior's username");
        if (leaderUsername.equals(superiorUsername)) {
            throw new RuleViolationException("The leader and the superior must be two different people.");
        }
        revisions = Revisions.checked(revisions);
    }

    /** A new agreement for the leader of {@code unit}, as a draft. */
    public static Changed draft(String tenant, int year, OrgUnit unit, String leaderUsername, String superiorUsername,
            AgreementSections sections, String by, Instant at) {
        var agreement = new LeaderAgreement(LeaderAgreementId.newId(), tenant, year, unit.id(), leaderUsername,
                superiorUsername, List.of(AgreementRevision.draft(1, sections, by, at)), 1);
        return agreement.drafted();
    }

    /** New text: a draft changes (and loses its acknowledgements); an agreed agreement gets a new draft revision. */
    public Changed revise(AgreementSections sections, String by, Instant at) {
        AgreementRevision current = current();
        AgreementRevision revised = current.isDraft()
                ? current.rewritten(sections, by, at)
                : AgreementRevision.draft(current.number() + 1, sections, by, at);
        return with(revised).drafted();
    }

    /** One party acknowledges the current draft; the second acknowledgement makes it agreed. */
    public Changed acknowledge(Party party, Instant at) {
        AgreementRevision current = current();
        if (!current.isDraft()) {
            throw new RuleViolationException("Revision " + current.number() + " of the agreement is already agreed; "
                    + "change it to start a new revision.");
        }
        if (current.sections().isEmpty()) {
            throw new RuleViolationException("The agreement has no content yet; there is nothing to acknowledge.");
        }
        if (current.acknowledgementOf(party) != null) {
            throw new RuleViolationException(usernameOf(party) + " has already acknowledged revision " + current.number()
                    + "; the agreement waits for " + usernameOf(other(party)) + ".");
        }
        AgreementRevision acknowledged = current.acknowledgedBy(party, new Acknowledgement(usernameOf(party), at));
        LeaderAgreement after = with(acknowledged);
        IntegrationEvent event = acknowledged.isDraft()
                ? new LeaderAgreementAcknowledged(id.value(), acknowledged.number(), year, unitId.value(), leaderUsername,
                        superiorUsername, party.name(), at, after.version)
                : new LeaderAgreementAgreed(id.value(), acknowledged.number(), year, unitId.value(), leaderUsername,
                        superiorUsername, acknowledged.sections().toContract(), acknowledged.leaderAcknowledgement().at(),
                        acknowledged.superiorAcknowledgement().at(), after.version);
        return new Changed(after, acknowledged, event);
    }

    /** Which party this person is in the agreement, if any. */
    public Optional<Party> partyOf(String username) {
        if (username == null) {
            return Optional.empty();
        }
        String normalized = username.strip().toLowerCase(Locale.ROOT);
        if (normalized.equals(leaderUsername)) {
            return Optional.of(Party.LEADER);
        }
        return normalized.equals(superiorUsername) ? Optional.of(Party.SUPERIOR) : Optional.empty();
    }

    public String usernameOf(Party party) {
        return party == Party.LEADER ? leaderUsername : superiorUsername;
    }

    /** The newest revision. */
    public AgreementRevision current() {
        return revisions.get(revisions.size() - 1);
    }

    /** The agreement after a change to one revision, with the event that tells the other services. */
    public record Changed(LeaderAgreement agreement, AgreementRevision revision, IntegrationEvent event) {
    }

    private LeaderAgreement with(AgreementRevision changed) {
        return new LeaderAgreement(id, tenant, year, unitId, leaderUsername, superiorUsername,
                Revisions.with(revisions, changed), version + 1);
    }

    private Changed drafted() {
        AgreementRevision draft = current();
        return new Changed(this, draft, new LeaderAgreementDrafted(id.value(), draft.number(), year, unitId.value(),
                leaderUsername, superiorUsername, draft.sections().toContract(), version));
    }

    private static Party other(Party party) {
        return party == Party.LEADER ? Party.SUPERIOR : Party.LEADER;
    }

    /** Keycloak keeps usernames in lower case; so do we, so a token's username always matches. */
    private static String username(String value, String name) {
        return Texts.required(value, name, MAX_USERNAME_LENGTH).toLowerCase(Locale.ROOT);
    }
}
