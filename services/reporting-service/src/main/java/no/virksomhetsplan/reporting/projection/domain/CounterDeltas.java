package no.virksomhetsplan.reporting.projection.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * What an item's change does to the counters: minus what it counted before, plus what it counts now. An item counts in
 * the month of its deadline and in that year's total ({@link #YEAR_TOTAL}), so a year is read from one row per measure.
 */
public final class CounterDeltas {

    /** The month number of a year's total. */
    public static final int YEAR_TOTAL = 0;

    private CounterDeltas() {
    }

    /** @param before the item as it was, or null for a new item */
    public static Map<CounterKey, Long> of(ItemState before, ItemState after) {
        Map<CounterKey, Long> deltas = new HashMap<>();
        if (before != null) {
            count(before, -1, deltas);
        }
        count(after, 1, deltas);
        deltas.values().removeIf(delta -> delta == 0);
        return deltas;
    }

    private static void count(ItemState item, long sign, Map<CounterKey, Long> deltas) {
        int year = item.deadline().getYear();
        int month = item.deadline().getMonthValue();
        for (int counted : new int[] {month, YEAR_TOTAL}) {
            deltas.merge(new CounterKey(item.unitId(), year, counted, item.kind(), item.status()), sign, Long::sum);
            if (item.overdue()) {
                deltas.merge(new CounterKey(item.unitId(), year, counted, item.kind(), ItemState.OVERDUE), sign, Long::sum);
            }
        }
    }
}
