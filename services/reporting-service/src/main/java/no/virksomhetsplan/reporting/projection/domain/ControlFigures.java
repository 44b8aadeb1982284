package no.virksomhetsplan.reporting.projection.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The internal-control figures of a part of the tree for a period (kommuneloven § 25-2): checklists given and answered,
 * deviations raised in the period by severity, how many of them were closed (on or before their follow-up deadline, or
 * after it) and how many are still open, by severity and past their deadline.
 *
 * @param given           checklists given to the units for the period
 * @param answered        of those, submitted
 * @param notAnsweredLate of those, not submitted and past the deadline
 */
public record ControlFigures(long given, long answered, long notAnsweredLate, long raisedHigh, long raisedMedium,
        long raisedLow, long closedOnTime, long closedLate, long openHigh, long openMedium, long openLow,
        long openOverdue) {

    public static final List<String> SEVERITIES = List.of("HIGH", "MEDIUM", "LOW");

    /** The keys of {@link #counts()}, in order. */
    public static final List<String> MEASURES = List.of("GIVEN", "ANSWERED", "NOT_ANSWERED", "NOT_ANSWERED_LATE",
            "DEVIATIONS_RAISED", "RAISED_HIGH", "RAISED_MEDIUM", "RAISED_LOW", "DEVIATIONS_CLOSED", "CLOSED_ON_TIME",
            "CLOSED_LATE", "DEVIATIONS_OPEN", "OPEN_HIGH", "OPEN_MEDIUM", "OPEN_LOW", "OPEN_OVERDUE");

    public static final ControlFigures NONE = new ControlFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public static ControlFigures checklists(long given, long answered, long notAnsweredLate) {
        return new ControlFigures(given, answered, notAnsweredLate, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public static ControlFigures deviations(long raisedHigh, long raisedMedium, long raisedLow, long closedOnTime,
            long closedLate, long openHigh, long openMedium, long openLow, long openOverdue) {
        return new ControlFigures(0, 0, 0, raisedHigh, raisedMedium, raisedLow, closedOnTime, closedLate, openHigh,
                openMedium, openLow, openOverdue);
    }

    public long notAnswered() {
        return given - answered;
    }

    public long raised() {
        return raisedHigh + raisedMedium + raisedLow;
    }

    public long closed() {
        return closedOnTime + closedLate;
    }

    public long open() {
        return openHigh + openMedium + openLow;
    }

    /** Answered checklists in per cent of those given, rounded down; null when none were given. */
    public Integer completionPercent() {
        return given == 0 ? null : (int) (answered * 100 / given);
    }

    public boolean isEmpty() {
        return given == 0 && raised() == 0;
    }

    public ControlFigures plus(ControlFigures o) {
        return new ControlFigures(given + o.given, answered + o.answered, notAnsweredLate + o.notAnsweredLate,
                raisedHigh + o.raisedHigh, raisedMedium + o.raisedMedium, raisedLow + o.raisedLow,
                closedOnTime + o.closedOnTime, closedLate + o.closedLate, openHigh + o.openHigh,
                openMedium + o.openMedium, openLow + o.openLow, openOverdue + o.openOverdue);
    }

    /** The figures under the names of {@link #MEASURES}, in that order: a report line's counts. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("GIVEN", given);
        counts.put("ANSWERED", answered);
        counts.put("NOT_ANSWERED", notAnswered());
        counts.put("NOT_ANSWERED_LATE", notAnsweredLate);
        counts.put("DEVIATIONS_RAISED", raised());
        counts.put("RAISED_HIGH", raisedHigh);
        counts.put("RAISED_MEDIUM", raisedMedium);
        counts.put("RAISED_LOW", raisedLow);
        counts.put("DEVIATIONS_CLOSED", closed());
        counts.put("CLOSED_ON_TIME", closedOnTime);
        counts.put("CLOSED_LATE", closedLate);
        counts.put("DEVIATIONS_OPEN", open());
        counts.put("OPEN_HIGH", openHigh);
        counts.put("OPEN_MEDIUM", openMedium);
        counts.put("OPEN_LOW", openLow);
        counts.put("OPEN_OVERDUE", openOverdue);
        return counts;
    }

    /** Back from a report line's counts (missing measures count 0). */
    public static ControlFigures of(Map<String, Long> counts) {
        ToLongFunction<String> get = key -> counts.getOrDefault(key, 0L);
        return new ControlFigures(get.applyAsLong("GIVEN"), get.applyAsLong("ANSWERED"),
                get.applyAsLong("NOT_ANSWERED_LATE"), get.applyAsLong("RAISED_HIGH"), get.applyAsLong("RAISED_MEDIUM"),
                get.applyAsLong("RAISED_LOW"), get.applyAsLong("CLOSED_ON_TIME"), get.applyAsLong("CLOSED_LATE"),
                get.applyAsLong("OPEN_HIGH"), get.applyAsLong("OPEN_MEDIUM"), get.applyAsLong("OPEN_LOW"),
                get.applyAsLong("OPEN_OVERDUE"));
    }
}
