package no.virksomhetsplan.plans.planyear.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.virksomhetsplan.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

class PlanYearTest {

    @Test
    void aYearGoesFromPlanningToActiveToClosed() {
        PlanYear.Changed opened = PlanYear.open("fjordvik", 2027);
        PlanYear.Changed active = opened.planYear().activate();
        PlanYear.Changed closed = active.planYear().close();

        assertThat(opened.planYear().state()).isEqualTo(PlanYearState.PLANNING);
        assertThat(active.planYear().state()).isEqualTo(PlanYearState.ACTIVE);
        assertThat(closed.planYear().isClosed()).isTrue();
        assertThat(closed.planYear().version()).isEqualTo(3);
        assertThat(closed.event().state()).isEqualTo("CLOSED");
        assertThat(closed.event().year()).isEqualTo(2027);
    }

    @Test
    void aYearNeverGoesBackOrSkipsAStep() {
        PlanYear planning = PlanYear.open("fjordvik", 2027).planYear();
        PlanYear closed = planning.activate().planYear().close().planYear();

        assertThatThrownBy(planning::close).isInstanceOf(RuleViolationException.class).hasMessageContaining("active");
        assertThatThrownBy(closed::activate).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(closed::close).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aYearIsWithinReason() {
        assertThatThrownBy(() -> PlanYear.open("fjordvik", 1999)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> PlanYear.open("fjordvik", 2101)).isInstanceOf(RuleViolationException.class);
    }
}
