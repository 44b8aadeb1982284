package no.virksomhetsplan.indicators.value.domain;

import java.util.List;
import java.util.UUID;

/**
 * A CSV upload of values while it runs and after: how far it has come, what became of the rows, and each refused row
 * with its line and reason.
 *
 * @param rowsDone  rows handled so far, of {@code rowsTotal}
 * @param stored    rows stored as new or replacing values
 * @param unchanged rows equal to what was stored
 * @param refused   rows refused; {@code problems} says why (at most {@link #MAX_PROBLEMS} are kept)
 */
public record ValueImport(UUID id, String createdBy, String fileName, State state, int rowsTotal, int rowsDone, int stored,
        int unchanged, int refused, List<Problem> problems) {

    public static final int MAX_PROBLEMS = 1000;

    public enum State {
        RUNNING,
        DONE,
        FAILED
    }

    /** A refused row: its line in the file, the reason's code and words. */
    public record Problem(int line, RejectionCode code, String message) {
    }

    public ValueImport {
        problems = List.copyOf(problems);
    }
}
