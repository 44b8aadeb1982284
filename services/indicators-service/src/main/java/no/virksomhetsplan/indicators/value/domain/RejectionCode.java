package no.virksomhetsplan.indicators.value.domain;

/**
 * Why a reported value was refused. The codes are part of the public contract: they head the dead-letter reason
 * ({@code vp_dlt_reason}) and the REST answer, so a fagsystem can act on them; never rename one.
 */
public enum RejectionCode {
    /** A CloudEvents header the contract requires is absent. */
    MISSING_HEADER,
    /** A header is present but wrong (spec version, time, content type). */
    INVALID_HEADER,
    /** {@code ce_type} is not the inbound value type. */
    UNKNOWN_TYPE,
    /** {@code ce_tenant} names no municipality this system serves. */
    UNKNOWN_TENANT,
    /** The record has no data. */
    EMPTY,
    /** The data is larger than a value can be. */
    TOO_LARGE,
    /** The data is not JSON. */
    MALFORMED_JSON,
    /** The value is NaN or infinite. */
    NOT_A_FINITE_NUMBER,
    /** The data does not match the JSON Schema (missing fields, wrong types, unknown fields, malformed period). */
    SCHEMA,
    /** The municipality has no indicator with that key. */
    UNKNOWN_INDICATOR,
    /** The indicator's values come from another source than the one that sent this. */
    WRONG_SOURCE,
    /** The municipality has no such org unit. */
    UNKNOWN_UNIT,
    /** The unit exists but the indicator is not measured for it. */
    UNIT_NOT_LINKED,
    /** The period is a month, tertial or year where the indicator wants another. */
    WRONG_PERIODICITY,
    /** The period has not begun. */
    FUTURE_PERIOD,
    /** The period lies outside the years the system keeps. */
    PERIOD_OUT_OF_RANGE,
    /** The value lies outside the indicator's allowed range. */
    OUT_OF_RANGE,
    /** The source event id was used before for a different value. */
    EVENT_ID_REUSED,
    /** The indicator, unit and period already have a value, and this one does not say it corrects it. */
    VALUE_EXISTS,
    /** The value to correct was never received. */
    CORRECTS_UNKNOWN,
    /** The value to correct belongs to another indicator, unit or period. */
    CORRECTS_OTHER_CELL,
    /** The value to correct was already replaced by another correction. */
    CORRECTS_REPLACED,
    /** A person entered a value for a unit outside their part of the organisation (manual entry only). */
    NOT_YOUR_UNIT,
    /** The value could not be stored although it looked valid. */
    STORE_FAILED
}
