package no.virksomhetsplan.indicators.value.domain;

import java.math.BigDecimal;

/** What became of one value handed to the store. */
public sealed interface StoreOutcome {

    /**
     * The value is now the cell's current value.
     *
     * @param previous the value it replaced, or null for the cell's first value
     */
    record Stored(NewValue value, StoredValue previous) implements StoreOutcome {

        public BigDecimal previousValue() {
            return previous == null ? null : previous.value();
        }
    }

    /** The same value was stored before under the same source event id: nothing changed. */
    record Unchanged(NewValue value) implements StoreOutcome {
    }

    /** Refused, by the rules or by what is already stored. */
    record Refused(Rejection rejection) implements StoreOutcome {
    }
}
