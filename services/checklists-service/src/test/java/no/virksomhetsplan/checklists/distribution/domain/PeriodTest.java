package no.virksomhetsplan.checklists.distribution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void monthsTertialsAndTheYear() {
        assertThat(new Period(PeriodKind.MONTH, 2027, 2).lastDay()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(new Period(PeriodKind.MONTH, 2027, 3).label()).isEqualTo("mars 2027");
        Period t2 = new Period(PeriodKind.TERTIAL, 2027, 2);
        assertThat(t2.firstDay()).isEqualTo(LocalDate.of(2027, 5, 1));
        assertThat(t2.lastDay()).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(t2.label()).isEqualTo("T2 2027");
        assertThat(new Period(PeriodKind.YEAR, 2027, 1).lastDay()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThatThrownBy(() -> new Period(PeriodKind.TERTIAL, 2027, 4)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("numbered 1 to 3");
        assertThatThrownBy(() -> new Period(PeriodKind.YEAR, 2027, 2)).isInstanceOf(RuleViolationException.class);
    }
}
