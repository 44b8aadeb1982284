package no.virksomhetsplan.indicators.aggregate.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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

class AggregateTargetTest {

    private final UUID kommune = UUID.randomUUID();
    private final UUID helse = UUID.randomUUID();
    private final Unit hjemmetjenesten = new Unit(UUID.randomUUID(), "3110", "Hjemmetjenesten",
            "/" + kommune + "/" + helse + "/");
    private final Unit sykehjemmet = new Unit(UUID.randomUUID(), "3120", "Sykehjemmet", "/" + kommune + "/" + helse + "/");

    @Test
    void aMonthsValueTouchesItsMonthTertialAndYearForTheUnitAndEveryUnitAbove() {
        IndicatorDefinition homeVisits = indicator(true);
        var hjemmetjenestenPath = new Unit(hjemmetjenesten.id(), "3110", "Hjemmetjenesten",
                hjemmetjenesten.path() + hjemmetjenesten.id() + "/");

        List<AggregateTarget> targets = AggregateTarget.touchedBy(List.of(
                        new AggregateTarget.Change(homeVisits, hjemmetjenesten.id(), Period.month(2027, 3)),
                        new AggregateTarget.Change(homeVisits, hjemmetjenesten.id(), Period.month(2027, 4))),
                Map.of(hjemmetjenesten.id(), hjemmetjenestenPath));

        assertThat(targets.stream().filter(t -> t.scope() == AggregateScope.UNIT).map(t -> t.period().toString()))
                .containsExactly("2027-03", "2027-T1", "2027", "2027-04");
        assertThat(targets.stream().filter(t -> t.scope() == AggregateScope.SUBTREE).map(AggregateTarget::unitId).distinct())
                .containsExactly(hjemmetjenesten.id(), helse, kommune);
        assertThat(targets).hasSize(4 + 4 * 3);
        assertThat(targets.subList(0, 4)).allSatisfy(t -> assertThat(t.scope()).isEqualTo(AggregateScope.UNIT));
    }

    @Test
    void anIndicatorThatDoesNotRollUpKeepsOnlyTheUnitsOwn() {
        List<AggregateTarget> targets = AggregateTarget.touchedBy(
                List.of(new AggregateTarget.Change(indicator(false), sykehjemmet.id(), Period.month(2027, 9))),
                Map.of(sykehjemmet.id(), sykehjemmet));

        assertThat(targets).extracting(AggregateTarget::scope).containsOnly(AggregateScope.UNIT);
        assertThat(targets).extracting(t -> t.period().toString()).containsExactly("2027-09", "2027-T3", "2027");
    }

    private IndicatorDefinition indicator(boolean rollUp) {
        return IndicatorDefinition.define("fjordvik", "hjemmebesok-antall", new IndicatorContent(new Names("a", "b", "c"), "antall",
                Aggregation.SUM, Periodicity.MONTH, "HELSE_OMSORG", AllowedRange.ANY, IndicatorSource.of("gerica"), rollUp,
                Set.of(hjemmetjenesten.id(), sykehjemmet.id()))).indicator();
    }
}
