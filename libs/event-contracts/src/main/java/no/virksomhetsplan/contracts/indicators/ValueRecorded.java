package no.virksomhetsplan.contracts.indicators;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * A value was stored for an indicator, a unit and a period: a first value, or a correction that replaced the earlier
 * one (which stays in the history). Published on {@link no.virksomhetsplan.contracts.Topics#INDICATORS}, keyed by the
 * indicator, unit and period, so the values of one cell stay in order.
 *
 * @param period        {@code 2027-03}, {@code 2027-T1} or {@code 2027}
 * @param previousValue the value this one replaced, or null for a first value
 * @param sourceSystem  the fagsystem, or {@code MANUAL} for values entered by people
 * @param sourceEventId the source's id of the value (for manual values, ours)
 * @param corrects      the source event id of the replaced value, or null
 * @param recordedAt    when it was stored
 */
public record ValueRecorded(
        UUID indicatorId,
        String indicatorKey,
        UUID unitId,
        String period,
        BigDecimal value,
        BigDecimal previousValue,
        String sourceSystem,
        String sourceEventId,
        String corrects,
        Instant recordedAt) implements IntegrationEvent {

    public static final String TYPE = "no.virksomhetsplan.indicators.value-recorded.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return "indicator/" + indicatorId + "/unit/" + unitId + "/period/" + period;
    }
}
