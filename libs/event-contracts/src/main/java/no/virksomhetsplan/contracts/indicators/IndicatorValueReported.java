package no.virksomhetsplan.contracts.indicators;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One value a professional system (fagsystem) reports for an indicator, a unit and a period: the data of a record on
 * the public inbound topic {@link no.virksomhetsplan.contracts.Topics#INDICATOR_VALUES_IN}, and one item of the same
 * REST endpoint. Not an event of ours: it is the contract we receive, validated strictly, and a record that breaks it
 * goes to the dead-letter topic with the reason.
 *
 * @param indicatorKey  the indicator's key in the municipality, e.g. {@code hjemmebesok-antall}
 * @param unitId        the org unit by its id; exactly one of {@code unitId} and {@code unitCode}
 * @param unitCode      the org unit by the municipality's own code (ansvar number), e.g. {@code 2110}
 * @param period        {@code 2027-03} (month), {@code 2027-T1} (tertial) or {@code 2027} (year), as the indicator's
 *                      periodicity says; never a period that has not started yet
 * @param value         a finite number within the indicator's allowed range
 * @param sourceSystem  the fagsystem's name as the indicator names its source, e.g. {@code gerica}
 * @param sourceEventId the source's own id of this value; the same id again changes nothing
 * @param corrects      the {@code sourceEventId} of an earlier value (same indicator, unit and period) that this one
 *                      replaces, or null for a first value
 */
public record IndicatorValueReported(
        String indicatorKey,
        UUID unitId,
        String unitCode,
        String period,
        BigDecimal value,
        String sourceSystem,
        String sourceEventId,
        String corrects) {

    /** The {@code ce_type} of records on the inbound topic. */
    public static final String TYPE = "no.virksomhetsplan.indicator-values.value-reported.v1";
}
