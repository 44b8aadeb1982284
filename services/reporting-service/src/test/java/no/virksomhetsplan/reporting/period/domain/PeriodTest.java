package no.virksomhetsplan.reporting.period.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void tertialsCoverFourMonthsEach() {
        Period t2 = Period.parse("2027-T2");
        assertThat(t2.firstDay()).isEqualTo(LocalDate.of(2027, 5, 1));
        assertThat(t2.lastDay()).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(t2.months()).extracting(Period::toString).containsExactly("2027-05", "2027-06", "2027-07", "2027-08");
        assertThat(t2.displayName()).isEqualTo("2. tertial 2027");
    }

    @Test
    void theNextAndPreviousPeriodCrossTheYear() {
        assertThat(Period.parse("2027-T1").previous()).hasToString("2026-T3");
        assertThat(Period.parse("2027-T3").next()).hasToString("2028-T1");
        assertThat(Period.parse("2027-01").previous()).hasToString("2026-12");
        assertThat(Period.parse("2027").next()).hasToString("2028");
        assertThat(Period.parse("2027-02").lastDay()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(Period.parse("2027-03").displayName()).isEqualTo("mars 2027");
    }

    @Test
    void onlyTheThreeFormsArePeriods() {
        assertThatThrownBy(() -> Period.parse("2027-T4")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.parse("2027-13")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.parse("27-T1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
