package no.virksomhetsplan.indicators.value.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.virksomhetsplan.indicators.definition.domain.IndicatorId;
import no.virksomhetsplan.indicators.period.domain.Period;

/** Where values and their history are kept; every method is scoped to one municipality. */
public interface IndicatorValues {

    /**
     * Stores the values in their order, within the caller's transaction: a first value of a cell is added, a correction
     * replaces the value it names, a redelivery changes nothing, and a value that clashes with what is stored is
     * refused with the reason.
     *
     * @return one outcome per value, in the same order
     */
    List<StoreOutcome> store(String tenant, List<NewValue> values);

    /** The current values of an indicator for a unit in {@code from}–{@code to} (inclusive), by period. */
    List<StoredValue> current(String tenant, IndicatorId indicator, UUID unitId, Period from, Period to);

    /** Every value the cell has had, the current one last. */
    List<StoredValue> history(String tenant, IndicatorId indicator, UUID unitId, Period period);

    Optional<StoredValue> currentOf(String tenant, NewValue.Cell cell);
}
