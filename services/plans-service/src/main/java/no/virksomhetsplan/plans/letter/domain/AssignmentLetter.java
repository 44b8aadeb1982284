package no.virksomhetsplan.plans.letter.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.virksomhetsplan.contracts.IntegrationEvent;
import no.virksomhetsplan.contracts.plans.AssignmentLetterAcknowledged;
import no.virksomhetsplan.contracts.plans.AssignmentLetterDrafted;
import no.virksomhetsplan.contracts.plans.AssignmentLetterSent;
import no.virksomhetsplan.plans.common.domain.Revisions;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnit;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;
import no.virksomhetsplan.platform.domain.ConflictException;
import no.virksomhetsplan.platform.domain.RuleViolationException;

/**
 * An assignment letter (oppdragsbrev): what a leader asks of a unit below them for a plan year. It is written as a
 * draft, sent, and acknowledged by the receiving unit's leader. Changing it after it was sent starts a new
 * revision; sent revisions are kept unchanged, so what a unit was told stays on record.
 *
 * @param revisions every revision, oldest first; only the last may be a draft
 * @param version   increases with every change; an edit based on an older version is refused
 */
public record AssignmentLetter(
        AssignmentLetterId id,
        String tenant,
        int year,
        OrgUnitId fromUnitId,
        OrgUnitId toUnitId,
        List<LetterRevision> revisions,
        long version) {

    public AssignmentLetter {
        Objects.requireNonNull(id);
        Objects.requireNonNull(tenant);
        Objects.requireNonNull(fromUnitId);
        Objects.requireNonNull(toUnitId);
        revisions = Revisions.checked(revisions);
    }

    /** A new letter from one unit to a unit below it, as a draft. */
    public static Changed write(String tenant, int year, OrgUnit from, OrgUnit to, LetterContent content, String by, Instant at) {
        if (!to.ancestorIds().contains(from.id())) {
            throw new RuleViolationException("An assignment letter goes to a unit below the sending unit; "
                    + to.name() + " is not below " + from.name() + ".");
        }
        var letter = new AssignmentLetter(AssignmentLetterId.newId(), tenant, year, from.id(), to.id(),
                List.of(LetterRevision.draft(1, content, by, at)), 1);
        return letter.drafted(letter.current());
    }

    /**
     * New text for the letter: the draft changes in place; a letter that has been sent gets a new draft revision and
     * the sent one stays as it was (the receiving unit keeps seeing it until the new one is sent).
     */
    public Changed revise(LetterContent content, String by, Instant at) {
        LetterRevision current = current();
        LetterRevision revised = current.isDraft()
                ? current.rewritten(content, by, at)
                : LetterRevision.draft(current.number() + 1, content, by, at);
        return with(revised).drafted(revised);
    }

    /** Sends the draft to the receiving unit; from now on it does not change. */
    public Changed send(String by, Instant at) {
        LetterRevision current = current();
        if (!current.isDraft()) {
            throw new RuleViolationException("Revision " + current.number() + " of the letter has already been sent; "
                    + "change the letter to start a new revision.");
        }
        if (current.content().sections().isEmpty()) {
            throw new RuleViolationException("The letter has no content yet; fill in at least one section before sending it.");
        }
        LetterRevision sent = current.sent(by, at);
        AssignmentLetter after = with(sent);
        return new Changed(after, sent, new AssignmentLetterSent(id.value(), sent.number(), year, fromUnitId.value(),
                toUnitId.value(), sent.content().title(), sent.content().sections().toContract(), sent.content().goalIds(),
                at, by, after.version));
    }

    /**
     * The receiving unit's leader confirms they have read the revision they name, which must be the latest one sent.
     *
     * @throws ConflictException      if a newer revision has been sent since (they read an outdated letter)
     * @throws RuleViolationException if nothing has been sent, the revision is a draft, or it is already acknowledged
     */
    public Changed acknowledge(int revision, String by, Instant at) {
        LetterRevision latestSent = latestSent().orElseThrow(() -> new RuleViolationException(
                "The letter has not been sent yet; a draft cannot be acknowledged."));
        if (revision < latestSent.number() && revision >= 1) {
            throw new ConflictException("Revision " + revision + " of the letter has been replaced by revision "
                    + latestSent.number() + "; read that one and acknowledge it.");
        }
        if (revision != latestSent.number()) {
            throw new RuleViolationException("Revision " + revision + " of the letter has not been sent; "
                    + "only the latest sent revision (" + latestSent.number() + ") can be acknowledged.");
        }
        if (latestSent.state() == LetterState.ACKNOWLEDGED) {
            throw new RuleViolationException("Revision " + revision + " of the letter is already acknowledged.");
        }
        LetterRevision acknowledged = latestSent.acknowledged(by, at);
        AssignmentLetter after = with(acknowledged);
        return new Changed(after, acknowledged, new AssignmentLetterAcknowledged(id.value(), revision, year,
                fromUnitId.value(), toUnitId.value(), at, by, after.version));
    }

    /** The newest revision: what the sender works on. */
    public LetterRevision current() {
        return revisions.get(revisions.size() - 1);
    }

    /** The newest revision the receiving unit has been sent, if any: what the unit reads. */
    public Optional<LetterRevision> latestSent() {
        List<LetterRevision> sent = sentRevisions();
        return sent.isEmpty() ? Optional.empty() : Optional.of(sent.get(sent.size() - 1));
    }

    /** The revisions that have been sent, oldest first: what the receiving side may read. */
    public List<LetterRevision> sentRevisions() {
        return revisions.stream().filter(revision -> !revision.isDraft()).toList();
    }

    /** The letter after a change to one revision, with the event that tells the other services. */
    public record Changed(AssignmentLetter letter, LetterRevision revision, IntegrationEvent event) {
    }

    /** This letter with one revision replaced or added, one version later. */
    private AssignmentLetter with(LetterRevision changed) {
        return new AssignmentLetter(id, tenant, year, fromUnitId, toUnitId, Revisions.with(revisions, changed), version + 1);
    }

    private Changed drafted(LetterRevision draft) {
        LetterContent content = draft.content();
        return new Changed(this, draft, new AssignmentLetterDrafted(id.value(), draft.number(), year, fromUnitId.value(),
                toUnitId.value(), content.title(), content.sections().toContract(), content.goalIds(), version));
    }
}
