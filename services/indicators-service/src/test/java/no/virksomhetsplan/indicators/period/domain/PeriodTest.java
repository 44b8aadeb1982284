package no.virksomhetsplan.indicators.period.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @ParameterizedTest(name = "{0} runs {1} to {2}")
    @CsvSource({
            "2027-01, 2027-01-01, 2027-01-31, MONTH",
            "2028-02, 2028-02-01, 2028-02-29, MONTH",
            "2027-12, 2027-12-01, 2027-12-31, MONTH",
            "2027-T1, 2027-01-01, 2027-04-30, TERTIAL",
            "2027-T2, 2027-05-01, 2027-08-31, TERTIAL",
            "2027-T3, 2027-09-01, 2027-12-31, TERTIAL",
            "2027, 2027-01-01, 2027-12-31, YEAR"})
    void aPeriodHasOneDefinitionOfItsDays(String text, LocalDate first, LocalDate last, Periodicity periodicity) {
        Period period = Period.parse(text);

        assertThat(period.firstDay()).isEqualTo(first);
        assertThat(period.lastDay()).isEqualTo(last);
        assertThat(period.periodicity()).isEqualTo(periodicity);
        assertThat(period).hasToString(text);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "2027-3", "2027-13", "2027-00", "2027-T0", "2027-T4", "27", "2027-03-01", "2027/03", "T1-2027",
            " 2027", "2027-t1", "1999", "2101-01",
            "2027-1a", "2027-20", "2027-19", "2027-T", "20a7", "2027-T1 ", "2027x03", "2027-0T", "2027-T12", "-2027", "2027-",
            "2027-+3", "２０２７"})
    void anythingElseIsNoPeriod(String text) {
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(InvalidPeriodException.class);
    }

    @Test
    void everyPeriodIsReadBackFromItsTextAndIsEqualOnlyToItself() {
        for (int year = Period.FIRST_YEAR; year <= Period.LAST_YEAR; year++) {
            List<Period> ofTheYear = new java.util.ArrayList<>(List.of(Period.year(year)));
            for (int n = 1; n <= 12; n++) {
                ofTheYear.add(Period.month(year, n));
            }
            for (int n = 1; n <= 3; n++) {
                ofTheYear.add(Period.tertial(year, n));
            }
            for (Period period : ofTheYear) {
                Period read = Period.parse(period.toString());
                assertThat(read).isEqualTo(period).hasSameHashCodeAs(period);
                assertThat(Period.isWellFormed(period.toString())).isTrue();
            }
            assertThat(new java.util.HashSet<>(ofTheYear)).hasSize(16);
        }
        assertThat(Period.month(2027, 1)).isNotEqualTo(Period.tertial(2027, 1)).isNotEqualTo(Period.month(2028, 1));
    }

    @Test
    void aMonthLiesInItsTertialAndYear() {
        assertThat(Period.parse("2027-05").withEnclosing()).containsExactly(Period.month(2027, 5), Period.tertial(2027, 2), Period.year(2027));
        assertThat(Period.parse("2027-04").withEnclosing()).contains(Period.tertial(2027, 1));
        assertThat(Period.parse("2027-09").withEnclosing()).contains(Period.tertial(2027, 3));
        assertThat(Period.parse("2027-T3").withEnclosing()).containsExactly(Period.tertial(2027, 3), Period.year(2027));
        assertThat(Period.parse("2027").withEnclosing()).containsExactly(Period.year(2027));
        assertThat(Period.tertial(2027, 2).contains(Period.month(2027, 8))).isTrue();
        assertThat(Period.tertial(2027, 2).contains(Period.month(2027, 9))).isFalse();
    }

    @Test
    void aPeriodThatHasNotBegunIsInTheFuture() {
        LocalDate today = LocalDate.of(2027, 3, 15);

        assertThat(Period.parse("2027-03").startsAfter(today)).as("the running month has begun").isFalse();
        assertThat(Period.parse("2027-04").startsAfter(today)).isTrue();
        assertThat(Period.parse("2027-T1").startsAfter(today)).isFalse();
        assertThat(Period.parse("2027-T2").startsAfter(today)).isTrue();
        assertThat(Period.parse("2027").startsAfter(today)).isFalse();
        assertThat(Period.parse("2028").startsAfter(today)).isTrue();
    }

    @Test
    void periodsSortByFirstDayThenLength() {
        List<Period> sorted = List.of(Period.year(2027), Period.month(2027, 5), Period.tertial(2027, 1), Period.month(2027, 1))
                .stream().sorted().toList();

        assertThat(sorted).containsExactly(Period.month(2027, 1), Period.tertial(2027, 1), Period.year(2027), Period.month(2027, 5));
    }
}
