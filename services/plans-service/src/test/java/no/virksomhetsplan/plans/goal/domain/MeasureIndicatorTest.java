package no.virksomhetsplan.plans.goal.domain;

import static no.virksomhetsplan.plans.goal.domain.Direction.HIGHER_IS_BETTER;
import static no.virksomhetsplan.plans.goal.domain.Direction.LOWER_IS_BETTER;
import static no.virksomhetsplan.plans.goal.domain.TrafficLight.GREEN;
import static no.virksomhetsplan.plans.goal.domain.TrafficLight.RED;
import static no.virksomhetsplan.plans.goal.domain.TrafficLight.YELLOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasureIndicatorTest {

    /** "Andel elever som trives på skolen ≥ 90 %", yellow down to 85. */
    private final MeasureIndicator trivsel = indicator("Andel elever som trives", "90", HIGHER_IS_BETTER, "85");
    /** "Sykefravær ≤ 7,5 %", yellow up to 8.5. */
    private final MeasureIndicator sykefravaer = indicator("Sykefravær", "7.5", LOWER_IS_BETTER, "8.5");

    @Nested
    class WhenHigherIsBetter {

        @ParameterizedTest(name = "{0} % is {1}")
        @CsvSource({
                "100, GREEN", "90.01, GREEN", "90, GREEN", "90.000, GREEN",
                "89.99, YELLOW", "87, YELLOW", "85, YELLOW", "85.00, YELLOW",
                "84.99, RED", "40, RED", "0, RED", "-1, RED"})
        void theLightFollowsTargetAndYellowLimit(String actual, TrafficLight expected) {
            assertThat(trivsel.trafficLight(new BigDecimal(actual))).isEqualTo(expected);
        }

        @Test
        void withoutAYellowLimitAnythingShortOfTheTargetIsRed() {
            MeasureIndicator strict = indicator("Andel hjemmeboende over 80 år", "88", HIGHER_IS_BETTER, null);

            assertThat(strict.trafficLight(new BigDecimal("88"))).isEqualTo(GREEN);
            assertThat(strict.trafficLight(new BigDecimal("87.99"))).isEqualTo(RED);
        }

        @Test
        void theYellowLimitMustLieBelowTheTarget() {
            assertThatThrownBy(() -> indicator("Trivsel", "90", HIGHER_IS_BETTER, "95"))
                    .isInstanceOf(RuleViolationException.class).hasMessageContaining("below its target 90");
            assertThatThrownBy(() -> indicator("Trivsel", "90", HIGHER_IS_BETTER, "90.0"))
                    .isInstanceOf(RuleViolationException.class);
        }
    }

    @Nested
    class WhenLowerIsBetter {

        @ParameterizedTest(name = "{0} % is {1}")
        @CsvSource({
                "0, GREEN", "5, GREEN", "7.5, GREEN", "7.50, GREEN",
                "7.51, YELLOW", "8, YELLOW", "8.5, YELLOW",
                "8.51, RED", "12, RED"})
        void theLightFollowsTargetAndYellowLimit(String actual, TrafficLight expected) {
            assertThat(sykefravaer.trafficLight(new BigDecimal(actual))).isEqualTo(expected);
        }

        @Test
        void withoutAYellowLimitAnythingAboveTheTargetIsRed() {
            MeasureIndicator strict = indicator("Saksbehandlingstid byggesak", "21", LOWER_IS_BETTER, null);

            assertThat(strict.trafficLight(new BigDecimal("21"))).isEqualTo(GREEN);
            assertThat(strict.trafficLight(new BigDecimal("22"))).isEqualTo(RED);
        }

        @Test
        void theYellowLimitMustLieAboveTheTarget() {
            assertThatThrownBy(() -> indicator("Sykefravær", "7.5", LOWER_IS_BETTER, "6"))
                    .isInstanceOf(RuleViolationException.class).hasMessageContaining("above its target 7.5");
        }
    }

    @Test
    void negativeTargetsWorkToo() {
        MeasureIndicator resultat = indicator("Netto driftsresultat", "-1", HIGHER_IS_BETTER, "-3");

        assertThat(resultat.trafficLight(new BigDecimal("0"))).isEqualTo(GREEN);
        assertThat(resultat.trafficLight(new BigDecimal("-2"))).isEqualTo(YELLOW);
        assertThat(resultat.trafficLight(new BigDecimal("-3.5"))).isEqualTo(RED);
    }

    @Test
    void anIndicatorNeedsANameAUnitATargetAndADirection() {
        assertThatThrownBy(() -> indicator(" ", "90", HIGHER_IS_BETTER, null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new MeasureIndicator(MeasureIndicatorId.newId(), "Trivsel", " ", BigDecimal.TEN, HIGHER_IS_BETTER, null, null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("unit of measure");
        assertThatThrownBy(() -> indicator("Trivsel", null, HIGHER_IS_BETTER, null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> indicator("Trivsel", "90", null, null)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void anActualValueIsRequired() {
        assertThatThrownBy(() -> trivsel.trafficLight(null)).isInstanceOf(NullPointerException.class);
    }

    private static MeasureIndicator indicator(String name, String target, Direction direction, String yellowLimit) {
        return new MeasureIndicator(MeasureIndicatorId.newId(), name, "%", target == null ? null : new BigDecimal(target), direction,
                yellowLimit == null ? null : new BigDecimal(yellowLimit), null);
    }
}
