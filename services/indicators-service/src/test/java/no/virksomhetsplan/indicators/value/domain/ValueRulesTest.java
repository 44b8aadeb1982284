package no.virksomhetsplan.indicators.value.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import no.virksomhetsplan.contracts.indicators.IndicatorValueReported;
import no.virksomhetsplan.indicators.definition.domain.Aggregation;
import no.virksomhetsplan.indicators.definition.domain.AllowedRange;
import no.virksomhetsplan.indicators.definition.domain.IndicatorContent;
import no.virksomhetsplan.indicators.definition.domain.IndicatorDefinition;
import no.virksomhetsplan.indicators.definition.domain.IndicatorSource;
import no.virksomhetsplan.indicators.definition.domain.Names;
import no.virksomhetsplan.indicators.orgunit.domain.Unit;
import no.virksomhetsplan.indicators.period.domain.Period;
import no.virksomhetsplan.indicators.period.domain.Periodicity;
import org.junit.jupiter.api.Test;

class ValueRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    private static final Submitter GERICA = new Submitter.Fagsystem();
    private static final Submitter KARI = new Submitter.Person("kari.nordmann", null);

    private final Unit hjemmetjenesten = new Unit(UUID.randomUUID(), "3110", "Hjemmetjenesten", "/a/b/");
    private final Unit skolen = new Unit(UUID.randomUUID(), "2110", "Fjordvik skole", "/a/c/");
    private final IndicatorDefinition homeVisits = indicator("hjemmebesok-antall", "gerica", Periodicity.MONTH, "0", "100000");
    private final IndicatorDefinition bullying = indicator("mobbesaker", "MANUAL", Periodicity.TERTIAL, "0", null);

    @Test
    void aGoodValueIsAcceptedForTheIndicatorUnitAndPeriod() {
        ValueRules.Checked checked = check(reported("2027-03", "1342", "gerica"), GERICA, homeVisits, hjemmetjenesten);

        assertThat(checked).isInstanceOfSatisfying(ValueRules.Accepted.class, accepted -> {
            assertThat(accepted.value().unitId()).isEqualTo(hjemmetjenesten.id());
            assertThat(accepted.value().period()).isEqualTo(Period.month(2027, 3));
            assertThat(accepted.value().replacesCurrent()).isFalse();
            assertThat(accepted.value().recordedBy()).isNull();
        });
    }

    @Test
    void aPersonsValueReplacesWhateverTheCellHad() {
        ValueRules.Checked checked = check(reported("2027-T1", "3", "MANUAL"), KARI, bullying, hjemmetjenesten);

        assertThat(checked).isInstanceOfSatisfying(ValueRules.Accepted.class, accepted -> {
            assertThat(accepted.value().replacesCurrent()).isTrue();
            assertThat(accepted.value().recordedBy()).isEqualTo("kari.nordmann");
        });
    }

    @Test
    void eachBrokenRuleHasItsOwnReason() {
        assertRefused(check(reported("2027-03", "1", "gerica"), GERICA, null, hjemmetjenesten), RejectionCode.UNKNOWN_INDICATOR);
        assertRefused(check(reported("2027-03", "1", "cosdoc"), GERICA, homeVisits, hjemmetjenesten), RejectionCode.WRONG_SOURCE);
        assertRefused(check(reported("2027-T1", "1", "gerica"), GERICA, bullying, hjemmetjenesten), RejectionCode.WRONG_SOURCE);
        assertRefused(check(reported("2027-03", "1", "MANUAL"), KARI, homeVisits, hjemmetjenesten), RejectionCode.WRONG_SOURCE);
        assertRefused(check(reported("2027-03", "1", "gerica"), GERICA, homeVisits, null), RejectionCode.UNKNOWN_UNIT);
        assertRefused(check(reported("2027-03", "1", "gerica"), GERICA, homeVisits, skolen), RejectionCode.UNIT_NOT_LINKED);
        assertRefused(check(reported("2027-T1", "1", "gerica"), GERICA, homeVisits, hjemmetjenesten), RejectionCode.WRONG_PERIODICITY);
        assertRefused(check(reported("2027-04", "1", "gerica"), GERICA, homeVisits, hjemmetjenesten), RejectionCode.FUTURE_PERIOD);
        assertRefused(check(reported("1999-12", "1", "gerica"), GERICA, homeVisits, hjemmetjenesten), RejectionCode.PERIOD_OUT_OF_RANGE);
        assertRefused(check(reported("2027-3", "1", "gerica"), GERICA, homeVisits, hjemmetjenesten), RejectionCode.SCHEMA);
        assertRefused(check(reported("2027-03", "-1", "gerica"), GERICA, homeVisits, hjemmetjenesten), RejectionCode.OUT_OF_RANGE);
        assertRefused(check(reported("2027-03", "100000.01", "gerica"), GERICA, homeVisits, hjemmetjenesten), RejectionCode.OUT_OF_RANGE);
        assertRefused(check(reported("2027-T1", "1E16", "MANUAL"), KARI, bullying, hjemmetjenesten), RejectionCode.OUT_OF_RANGE);
    }

    @Test
    void aPersonEntersValuesOnlyInTheirOwnPartOfTheOrganisation() {
        Unit helse = new Unit(UUID.randomUUID(), "3000", "Helse og omsorg", "/a/b/");
        Unit oppvekst = new Unit(UUID.randomUUID(), "2000", "Oppvekst", "/a/c/");

        assertThat(check(reported("2027-T1", "1", "MANUAL"), new Submitter.Person("leder", helse), bullying, hjemmetjenesten))
                .isInstanceOf(ValueRules.Accepted.class);
        assertRefused(check(reported("2027-T1", "1", "MANUAL"), new Submitter.Person("leder", oppvekst), bullying, hjemmetjenesten),
                RejectionCode.NOT_YOUR_UNIT);
    }

    @Test
    void theRunningPeriodCanBeReportedAlready() {
        assertThat(check(reported("2027-03", "1", "gerica"), GERICA, homeVisits, hjemmetjenesten)).isInstanceOf(ValueRules.Accepted.class);
        assertThat(check(reported("2027-T1", "1", "MANUAL"), KARI, bullying, hjemmetjenesten)).isInstanceOf(ValueRules.Accepted.class);
        assertRefused(check(reported("2027-T2", "1", "MANUAL"), KARI, bullying, hjemmetjenesten), RejectionCode.FUTURE_PERIOD);
    }

    private static void assertRefused(ValueRules.Checked checked, RejectionCode code) {
        assertThat(checked).isInstanceOfSatisfying(ValueRules.Refused.class,
                refused -> assertThat(refused.rejection().code()).isEqualTo(code));
    }

    private static ValueRules.Checked check(IndicatorValueReported reported, Submitter submitter, IndicatorDefinition indicator, Unit unit) {
        return ValueRules.check("fjordvik", reported, submitter, indicator, unit, TODAY);
    }

    private static IndicatorValueReported reported(String period, String value, String sourceSystem) {
        return new IndicatorValueReported("hjemmebesok-antall", null, "3110", period, new BigDecimal(value), sourceSystem,
                UUID.randomUUID().toString(), null);
    }

    private IndicatorDefinition indicator(String key, String source, Periodicity periodicity, String min, String max) {
        return IndicatorDefinition.define("fjordvik", key, new IndicatorContent(new Names("Navn", "Namn", "Name"), "antall",
                Aggregation.SUM, periodicity, "HELSE_OMSORG",
                new AllowedRange(min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max)),
                IndicatorSource.of(source), true, Set.of(hjemmetjenesten.id()))).indicator();
    }
}
