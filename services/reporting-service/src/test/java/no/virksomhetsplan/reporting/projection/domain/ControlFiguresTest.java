package no.virksomhetsplan.reporting.projection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlFiguresTest {

    @Test
    void checklistsAndDeviationsAddUpAndSurviveAReportLinesCounts() {
        ControlFigures figures = ControlFigures.checklists(3, 1, 2)
                .plus(ControlFigures.deviations(2, 1, 0, 1, 1, 0, 0, 1, 1));
        assertThat(figures.notAnswered()).isEqualTo(2);
        assertThat(figures.raised()).isEqualTo(3);
        assertThat(figures.closed()).isEqualTo(2);
        assertThat(figures.open()).isEqualTo(1);
        assertThat(figures.completionPercent()).isEqualTo(33);
        assertThat(figures.counts().keySet()).containsExactlyElementsOf(ControlFigures.MEASURES);
        assertThat(ControlFigures.of(figures.counts())).isEqualTo(figures);
    }

    @Test
    void withNothingGivenThereIsNoCompletionRate() {
        assertThat(ControlFigures.NONE.completionPercent()).isNull();
        assertThat(ControlFigures.NONE.isEmpty()).isTrue();
        assertThat(ControlFigures.deviations(0, 0, 1, 0, 0, 0, 0, 1, 0).isEmpty()).isFalse();
    }
}
