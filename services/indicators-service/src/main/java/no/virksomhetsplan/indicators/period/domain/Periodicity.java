package no.virksomhetsplan.indicators.period.domain;

/** How long each period of an indicator is: a month, a tertial (four months) or a year. */
public enum Periodicity {
    MONTH,
    TERTIAL,
    YEAR
}
