package no.virksomhetsplan.contracts.indicators;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * Values of one indicator were stored together (version 2 of {@code value-recorded}: one event for the values of an
 * indicator stored in one batch, rather than one per value). Each is a first value or a correction that replaced the
 * earlier one (which stays in the history). Published on {@link no.virksomhetsplan.contracts.Topics#INDICATORS}, keyed
 * by the indicator, so the values of one cell stay in order; within an event, in the order they were stored.
 *
 * @param values     at most {@link #MAX_VALUES} values
 * @param recordedAt when they were stored
 */
public record ValuesRecorded(
        UUID indicatorId,
        String indicatorKey,
        List<Value> values,
        Instant recordedAt) implements IntegrationEvent {

    public static final String TYPE = "no.virksomhetsplan.indicators.value-recorded.v2";
    /** The most values in one event; a batch with more values of an indicator gives several events. */
    public static final int MAX_VALUES = 500;

    public ValuesRecorded {
        values = List.copyOf(values);
    }

    /**
     * One stored value.
     *
     * @param period        {@code 2027-03}, {@code 2027-T1} or {@code 2027}
     * @param previousValue the value this one replaced, or null for a first value
     * @param sourceSystem  the fagsystem, or {@code MANUAL} for values entered by people
     * @param sourceEventId the source's id of the value (for manual values, ours)
     * @param corrects      the source event id of the replaced value, or null
     */
    public record Value(
            UUID unitId,
            String period,
            BigDecimal value,
            BigDecimal previousValue,
            String sourceSystem,
            String sourceEventId,
            String corrects) {
    }

    /** The same values as version 1 had them, one event per value: for consumers of v1 moving to v2. */
    public List<ValueRecorded> perValue() {
        return values.stream().map(value -> new ValueRecorded(indicatorId, indicatorKey, value.unitId(), value.period(), value.value(),
                value.previousValue(), value.sourceSystem(), value.sourceEventId(), value.corrects(), recordedAt)).toList();
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return "indicator/" + indicatorId;
    }
}
