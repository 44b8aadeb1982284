package no.virksomhetsplan.indicators.definition.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import no.virksomhetsplan.indicators.period.domain.Periodicity;
import no.virksomhetsplan.platform.domain.ConflictException;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorDefinitionTest {

    private final UUID hjemmetjenesten = UUID.randomUUID();

    @Test
    void aNewIndicatorIsAnnouncedWithItsWholeDefinition() {
        IndicatorDefinition.Created created = IndicatorDefinition.define("fjordvik", "hjemmebesok-antall", homeVisits());

        IndicatorDefinition indicator = created.indicator();
        assertThat(indicator.version()).isEqualTo(1);
        assertThat(indicator.isMeasuredFor(hjemmetjenesten)).isTrue();
        assertThat(indicator.isMeasuredFor(UUID.randomUUID())).isFalse();
        assertThat(created.event().indicator().key()).isEqualTo("hjemmebesok-antall");
        assertThat(created.event().indicator().source()).isEqualTo("gerica");
        assertThat(created.event().indicator().unitIds()).containsExactly(hjemmetjenesten);
        assertThat(created.event().subject()).isEqualTo("indicator/" + indicator.id());
    }

    @Test
    void anEditBasedOnTheCurrentVersionKeepsKeyPeriodicityAndAggregation() {
        IndicatorDefinition indicator = IndicatorDefinition.define("fjordvik", "hjemmebesok-antall", homeVisits()).indicator();
        UUID another = UUID.randomUUID();

        IndicatorDefinition.Revised revised = indicator.revise(1, new IndicatorContent(
                new Names("Hjemmebesøk", "Heimebesøk", "Home visits"), "besøk", Aggregation.SUM, Periodicity.MONTH,
                "HELSE_OMSORG", new AllowedRange(BigDecimal.ZERO, null), IndicatorSource.of("gerica"), false,
                Set.of(hjemmetjenesten, another)));

        assertThat(revised.indicator().version()).isEqualTo(2);
        assertThat(revised.indicator().key()).isEqualTo("hjemmebesok-antall");
        assertThat(revised.indicator().unitIds()).containsExactlyInAnyOrder(hjemmetjenesten, another);
        assertThat(revised.event().version()).isEqualTo(2);
        assertThat(revised.event().indicator().rollUp()).isFalse();
    }

    @Test
    void anEditOfAnOldVersionIsAConflict() {
        IndicatorDefinition indicator = IndicatorDefinition.define("fjordvik", "hjemmebesok-antall", homeVisits()).indicator();

        assertThatThrownBy(() -> indicator.revise(0, homeVisits())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("version 0").hasMessageContaining("version 1");
    }

    @Test
    void periodicityAndAggregationNeverChange() {
        IndicatorDefinition indicator = IndicatorDefinition.define("fjordvik", "hjemmebesok-antall", homeVisits()).indicator();
        IndicatorContent yearly = new IndicatorContent(homeVisits().names(), "antall", Aggregation.SUM, Periodicity.YEAR,
                "HELSE_OMSORG", AllowedRange.ANY, IndicatorSource.of("gerica"), true, Set.of(hjemmetjenesten));
        IndicatorContent averaged = new IndicatorContent(homeVisits().names(), "antall", Aggregation.AVERAGE, Periodicity.MONTH,
                "HELSE_OMSORG", AllowedRange.ANY, IndicatorSource.of("gerica"), true, Set.of(hjemmetjenesten));

        assertThatThrownBy(() -> indicator.revise(1, yearly)).isInstanceOf(RuleViolationException.class).hasMessageContaining("new indicator");
        assertThatThrownBy(() -> indicator.revise(1, averaged)).isInstanceOf(RuleViolationException.class);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "Hjemmebesok", "hjemme besok", "-hjemmebesok", "hjemmebesøk", "hjemmebesok_antall"})
    void aKeyIsLowerCaseLettersDigitsAndHyphens(String key) {
        assertThatThrownBy(() -> IndicatorDefinition.define("fjordvik", key, homeVisits())).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void anIndicatorIsMeasuredForAtLeastOneUnit() {
        IndicatorContent nowhere = new IndicatorContent(homeVisits().names(), "antall", Aggregation.SUM, Periodicity.MONTH,
                "HELSE_OMSORG", AllowedRange.ANY, IndicatorSource.MANUAL, true, Set.of());

        assertThatThrownBy(() -> IndicatorDefinition.define("fjordvik", "hjemmebesok-antall", nowhere))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("at least one org unit");
    }

    @Test
    void theAllowedRangeIsInOrderAndBounded() {
        AllowedRange percent = new AllowedRange(BigDecimal.ZERO, new BigDecimal("100"));

        assertThat(percent.contains(new BigDecimal("0"))).isTrue();
        assertThat(percent.contains(new BigDecimal("100.000"))).isTrue();
        assertThat(percent.contains(new BigDecimal("100.001"))).isFalse();
        assertThat(percent.contains(new BigDecimal("-0.1"))).isFalse();
        assertThat(AllowedRange.ANY.contains(new BigDecimal("1E15"))).isTrue();
        assertThat(AllowedRange.ANY.contains(new BigDecimal("1.0000001E15"))).isFalse();
        assertThat(AllowedRange.ANY.contains(new BigDecimal("-1E16"))).isFalse();
        assertThatThrownBy(() -> new AllowedRange(BigDecimal.TEN, BigDecimal.ONE)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new AllowedRange(null, new BigDecimal("1E16"))).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aSourceIsManualOrAFagsystemName() {
        assertThat(IndicatorSource.of("MANUAL").isManual()).isTrue();
        assertThat(IndicatorSource.of("visma-hrm").isManual()).isFalse();
        assertThatThrownBy(() -> IndicatorSource.of("manual ")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> IndicatorSource.of("Gerica")).isInstanceOf(RuleViolationException.class);
    }

    private IndicatorContent homeVisits() {
        return new IndicatorContent(new Names("Antall hjemmebesøk", "Talet på heimebesøk", "Number of home visits"), "antall",
                Aggregation.SUM, Periodicity.MONTH, "HELSE_OMSORG", new AllowedRange(BigDecimal.ZERO, new BigDecimal("100000")),
                IndicatorSource.of("gerica"), true, Set.of(hjemmetjenesten));
    }
}
