package no.virksomhetsplan.plans.letter.domain;

import java.time.Instant;
import java.util.Objects;
import no.virksomhetsplan.plans.common.domain.Revision;

/**
 * One revision of an assignment letter. Revision 1 is the letter as first written; changing a letter that has been
 * sent starts the next revision, and the sent one stays as it was.
 *
 * @param changedAt      when the text was last changed, and by whom ({@code changedBy}, a username)
 * @param sentAt         when it was sent, and by whom; null while it is a draft
 * @param acknowledgedAt when the receiving unit's leader acknowledged it, and who; null until then
 */
public record LetterRevision(
        int number,
        LetterState state,
        LetterContent content,
        Instant changedAt,
        String changedBy,
        Instant sentAt,
        String sentBy,
        Instant acknowledgedAt,
        String acknowledgedBy) implements Revision {

    public LetterRevision {
        Objects.requireNonNull(state);
        Objects.requireNonNull(content);
        Objects.requireNonNull(changedAt);
        Objects.requireNonNull(changedBy);
        if (number < 1) {
            throw new IllegalArgumentException("revisions are numbered from 1");
        }
        if ((state == LetterState.DRAFT) != (sentAt == null)) {
            throw new IllegalArgumentException("a revision has been sent exactly when it is no longer a draft");
        }
        if ((state == LetterState.ACKNOWLEDGED) != (acknowledgedAt != null)) {
            throw new IllegalArgumentException("a revision has an acknowledgement exactly when it is acknowledged");
        }
    }

    static LetterRevision draft(int number, LetterContent content, String by, Instant at) {
        return new LetterRevision(number, LetterState.DRAFT, content, at, by, null, null, null, null);
    }

    @Override
    public boolean isDraft() {
        return state == LetterState.DRAFT;
    }

    LetterRevision rewritten(LetterContent newContent, String by, Instant at) {
        return new LetterRevision(number, state, newContent, at, by, sentAt, sentBy, acknowledgedAt, acknowledgedBy);
    }

    LetterRevision sent(String by, Instant at) {
        return new LetterRevision(number, LetterState.SENT, content, changedAt, changedBy, at, by, null, null);
    }

    LetterRevision acknowledged(String by, Instant at) {
        return new LetterRevision(number, LetterState.ACKNOWLEDGED, content, changedAt, changedBy, sentAt, sentBy, at, by);
    }
}
