package no.virksomhetsplan.indicators.value.domain;

import java.time.LocalDate;
import no.virksomhetsplan.contracts.indicators.IndicatorValueReported;
import no.virksomhetsplan.indicators.definition.domain.IndicatorDefinition;
import no.virksomhetsplan.indicators.orgunit.domain.Unit;
import no.virksomhetsplan.indicators.period.domain.InvalidPeriodException;
import no.virksomhetsplan.indicators.period.domain.Period;

/**
 * The rules every reported value must pass, whoever sends it, before it is stored. The checks run in a fixed order, so
 * each kind of bad value is refused for its own reason.
 */
public final class ValueRules {

    private ValueRules() {
    }

    /** Either a value ready to be stored, or why it is refused. */
    public sealed interface Checked {
    }

    public record Accepted(NewValue value) implements Checked {
    }

    public record Refused(Rejection rejection) implements Checked {
    }

    /**
     * @param indicator the municipality's indicator with the value's key, or null if there is none
     * @param unit      the municipality's unit the value names (by id or code), or null if there is none
     * @param today     today in the municipality
     */
    public static Checked check(String tenant, IndicatorValueReported reported, Submitter submitter, IndicatorDefinition indicator,
            Unit unit, LocalDate today) {
        if (indicator == null) {
            return refuse(RejectionCode.UNKNOWN_INDICATOR, tenant + " has no indicator with key '" + reported.indicatorKey() + "'");
        }
        String key = indicator.key();
        if (submitter instanceof Submitter.Person && !indicator.source().isManual()) {
            return refuse(RejectionCode.WRONG_SOURCE, "'" + key + "' is delivered by " + indicator.source() + "; it is not entered by hand");
        }
        if (submitter instanceof Submitter.Fagsystem && indicator.source().isManual()) {
            return refuse(RejectionCode.WRONG_SOURCE, "'" + key + "' is entered by hand; no fagsystem delivers it");
        }
        if (submitter instanceof Submitter.Fagsystem && !indicator.source().name().equals(reported.sourceSystem())) {
            return refuse(RejectionCode.WRONG_SOURCE, "'" + key + "' is delivered by " + indicator.source() + ", not by "
                    + reported.sourceSystem());
        }
        if (unit == null) {
            return refuse(RejectionCode.UNKNOWN_UNIT, tenant + " has no org unit "
                    + (reported.unitId() != null ? "with id " + reported.unitId() : "with code '" + reported.unitCode() + "'"));
        }
        if (submitter instanceof Submitter.Person person && !person.mayEnterFor(unit)) {
            return refuse(RejectionCode.NOT_YOUR_UNIT, unit.name() + " is outside your part of the organisation");
        }
        if (!indicator.isMeasuredFor(unit.id())) {
            return refuse(RejectionCode.UNIT_NOT_LINKED, "'" + key + "' is not measured for " + unit.name() + " (" + unit.id() + ")");
        }
        Period period;
        try {
            period = Period.parse(reported.period());
        } catch (InvalidPeriodException e) {
            return refuse(Period.isWellFormed(reported.period()) ? RejectionCode.PERIOD_OUT_OF_RANGE : RejectionCode.SCHEMA, e.getMessage());
        }
        if (period.periodicity() != indicator.periodicity()) {
            return refuse(RejectionCode.WRONG_PERIODICITY, "'" + key + "' has one value per " + indicator.periodicity().name().toLowerCase()
                    + "; " + period + " is a " + period.periodicity().name().toLowerCase());
        }
        if (period.startsAfter(today)) {
            return refuse(RejectionCode.FUTURE_PERIOD, period + " has not begun (today is " + today + ")");
        }
        if (reported.value() == null) {
            return refuse(RejectionCode.SCHEMA, "the value is missing");
        }
        if (!indicator.range().contains(reported.value())) {
            return refuse(RejectionCode.OUT_OF_RANGE, "the value " + reported.value().toPlainString() + " is outside the range of '" + key
                    + "': " + indicator.range().describe());
        }
        if (reported.sourceEventId().equals(reported.corrects())) {
            return refuse(RejectionCode.CORRECTS_UNKNOWN, "the value " + reported.sourceEventId() + " cannot correct itself");
        }
        String recordedBy = submitter instanceof Submitter.Person person ? person.username() : null;
        return new Accepted(new NewValue(indicator, unit.id(), period, reported.value(), reported.sourceSystem(),
                reported.sourceEventId(), reported.corrects(), submitter instanceof Submitter.Person, recordedBy));
    }

    private static Refused refuse(RejectionCode code, String message) {
        return new Refused(Rejection.of(code, message));
    }
}
