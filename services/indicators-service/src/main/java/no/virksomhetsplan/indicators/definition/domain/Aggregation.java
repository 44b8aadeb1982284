package no.virksomhetsplan.indicators.definition.domain;

/**
 * How an indicator's values add up over time (months to a tertial, to a year) and, where it rolls up, over the
 * org tree. SUM: counts ("hjemmebesøk") add up both ways. AVERAGE: rates ("sykefravær %") are the average of the
 * values both ways. LAST: stocks ("bosatte flyktninger") are the latest value over time, and add up over units.
 */
public enum Aggregation {
    SUM,
    AVERAGE,
    LAST
}
