package no.virksomhetsplan.plans.common.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a document kept in revisions (letters, agreements): numbered 1, 2, 3, ... in order, and only the
 * newest may still be a draft, so whatever was sent or agreed stays as it was.
 */
public final class Revisions {

    private Revisions() {
    }

    /**
     * @return the revisions, unmodifiable
     * @throws IllegalArgumentException if they are empty, out of order, or a draft is followed by another revision
     */
    public static <R extends Revision> List<R> checked(List<R> revisions) {
        List<R> checked = List.copyOf(revisions);
        if (checked.isEmpty()) {
            throw new IllegalArgumentException("a document has at least one revision");
        }
        for (int i = 0; i < checked.size(); i++) {
            if (checked.get(i).number() != i + 1) {
                throw new IllegalArgumentException("revisions are numbered 1, 2, 3, ... in order");
            }
            if (i < checked.size() - 1 && checked.get(i).isDraft()) {
                throw new IllegalArgumentException("only the last revision may be a draft");
            }
        }
        return checked;
    }

    /** The revisions with {@code changed} in place of the one with its number, or added as the next one. */
    public static <R extends Revision> List<R> with(List<R> revisions, R changed) {
        List<R> next = new ArrayList<>(revisions);
        if (changed.number() <= revisions.size()) {
            next.set(changed.number() - 1, changed);
        } else {
            next.add(changed);
        }
        return next;
    }
}
