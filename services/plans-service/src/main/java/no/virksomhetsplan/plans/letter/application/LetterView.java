package no.virksomhetsplan.plans.letter.application;

import java.util.List;
import java.util.Optional;
import no.virksomhetsplan.plans.letter.domain.AssignmentLetter;
import no.virksomhetsplan.plans.letter.domain.LetterRevision;
import no.virksomhetsplan.plans.letter.domain.LetterState;
import no.virksomhetsplan.plans.orgunit.application.UnitAccess;

/**
 * A letter as one caller may see it. The sending side (whoever leads the sending unit) sees every revision, drafts
 * included; the receiving side (whoever leads the receiving unit, or works in it or below it) sees what was sent.
 *
 * @param revisions      the revisions this caller may read, oldest first; never empty
 * @param mayEdit        the caller leads the sending unit
 * @param mayAcknowledge the caller leads the receiving unit and the latest sent revision awaits acknowledgement
 */
public record LetterView(AssignmentLetter letter, List<LetterRevision> revisions, boolean mayEdit, boolean mayAcknowledge) {

    public LetterView {
        revisions = List.copyOf(revisions);
    }

    /** The revision to show: the newest this caller may read. */
    public LetterRevision shown() {
        return revisions.get(revisions.size() - 1);
    }

    /** The letter as this caller sees it; empty if they may see none of it (yet). */
    static Optional<LetterView> of(AssignmentLetter letter, UnitAccess.Reach reach) {
        boolean mayAcknowledge = reach.isLeaderOf(letter.toUnitId())
                && letter.latestSent().map(sent -> sent.state() == LetterState.SENT).orElse(false);
        if (reach.leads(letter.fromUnitId())) {
            return Optional.of(new LetterView(letter, letter.revisions(), true, mayAcknowledge));
        }
        boolean receivingSide = reach.leads(letter.toUnitId()) || reach.worksWithin(letter.toUnitId());
        if (receivingSide && !letter.sentRevisions().isEmpty()) {
            return Optional.of(new LetterView(letter, letter.sentRevisions(), false, mayAcknowledge));
        }
        return Optional.empty();
    }
}
