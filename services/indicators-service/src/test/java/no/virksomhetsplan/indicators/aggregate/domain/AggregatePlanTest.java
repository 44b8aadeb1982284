package no.virksomhetsplan.indicators.aggregate.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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

class AggregatePlanTest {

    private final UUID kommune = UUID.randomUUID();
    private final UUID helse = UUID.randomUUID();
    private final Unit hjemmetjenesten = unit("Hjemmetjenesten");
    private final Unit sykehjemmet = unit("Sykehjemmet");
    private final Map<UUID, Unit> units = Map.of(hjemmetjenesten.id(), hjemmetjenesten, sykehjemmet.id(), sykehjemmet);

    @Test
    void aMonthsValueTouchesItsTertialAndYearForTheUnitAndItsMonthTertialAndYearForEveryUnitAbove() {
        IndicatorDefinition homeVisits = indicator(Aggregation.SUM, true);

        AggregatePlan plan = AggregatePlan.of(List.of(change(homeVisits, hjemmetjenesten, "2027-03", "10", null)), Map.of(), units);

        assertThat(plan.own().keySet()).as("the month is the value itself").extracting(key -> key.period().toString())
                .containsExactly("2027-T1", "2027");
        assertThat(plan.below().keySet()).as("what is below each unit above").extracting(AggregateKey::unitId)
                .containsOnly(helse, kommune);
        assertThat(plan.below()).hasSize(6);
        assertThat(AggregatePlan.keysToRead(List.of(change(homeVisits, hjemmetjenesten, "2027-03", "10", null))))
                .as("sums need nothing read first").isEmpty();
    }

    @Test
    void countsAddUpAndACorrectionAddsTheDifference() {
        IndicatorDefinition homeVisits = indicator(Aggregation.SUM, true);

        AggregatePlan first = plan(Map.of(), change(homeVisits, hjemmetjenesten, "2027-01", "10", null),
                change(homeVisits, hjemmetjenesten, "2027-02", "20", null), change(homeVisits, sykehjemmet, "2027-01", "1", null));
        AggregatePlan corrected = plan(Map.of(), change(homeVisits, hjemmetjenesten, "2027-02", "25", "20"));

        OwnChange t1 = first.own().get(key(homeVisits, hjemmetjenesten.id(), "2027-T1"));
        assertThat(t1.sum()).isEqualByComparingTo("30");
        assertThat(t1.count()).isEqualTo(2);
        assertThat(t1.valueOfNew()).isEqualByComparingTo("30");
        assertThat(first.below().get(key(homeVisits, helse, "2027")).sum()).isEqualByComparingTo("31");
        assertThat(first.below().get(key(homeVisits, helse, "2027")).count()).isEqualTo(3);
        BelowChange helseYear = corrected.below().get(key(homeVisits, helse, "2027"));
        assertThat(helseYear.sum()).as("a correction adds only the difference").isEqualByComparingTo("5");
        assertThat(helseYear.count()).as("and no value more").isZero();
        assertThat(corrected.own().get(key(homeVisits, hjemmetjenesten.id(), "2027-T1")).count()).isZero();
    }

    @Test
    void ratesAverageOverTimeAndOverAllValuesBelow() {
        IndicatorDefinition sickLeave = indicator(Aggregation.AVERAGE, true);

        AggregatePlan plan = plan(Map.of(), change(sickLeave, hjemmetjenesten, "2027-01", "6", null),
                change(sickLeave, hjemmetjenesten, "2027-02", "7", null), change(sickLeave, sykehjemmet, "2027-01", "2", null));

        assertThat(plan.own().get(key(sickLeave, hjemmetjenesten.id(), "2027-T1")).valueOfNew()).isEqualByComparingTo("6.5");
        BelowChange helseT1 = plan.below().get(key(sickLeave, helse, "2027-T1"));
        assertThat(OwnAggregate.NONE.withBelow(Aggregation.AVERAGE, helseT1.sum(), helseT1.count())).isEqualByComparingTo("5");
    }

    @Test
    void stocksTakeTheLatestPeriodWhateverOrderTheValuesComeInAndAddUpOverUnits() {
        IndicatorDefinition refugees = indicator(Aggregation.LAST, true);
        List<ValueChange> firstBatch = List.of(change(refugees, hjemmetjenesten, "2027-03", "12", null),
                change(refugees, hjemmetjenesten, "2027-01", "10", null), change(refugees, sykehjemmet, "2027-02", "5", null));

        assertThat(AggregatePlan.keysToRead(firstBatch)).contains(key(refugees, hjemmetjenesten.id(), "2027-T1"));
        AggregatePlan first = plan(Map.of(), firstBatch.toArray(ValueChange[]::new));
        OwnAggregate storedT1 = new OwnAggregate(new BigDecimal("22"), 2, Period.parse("2027-03").firstDay(), new BigDecimal("12"));
        AggregatePlan later = plan(Map.of(key(refugees, hjemmetjenesten.id(), "2027-T1"), storedT1),
                change(refugees, hjemmetjenesten, "2027-04", "15", null));

        OwnChange t1 = first.own().get(key(refugees, hjemmetjenesten.id(), "2027-T1"));
        assertThat(t1.lastValue()).as("March's, though January came after it").isEqualByComparingTo("12");
        assertThat(t1.valueOfNew()).isEqualByComparingTo("12");
        assertThat(first.below().get(key(refugees, helse, "2027-T1")).sum()).as("12 + 5").isEqualByComparingTo("17");
        assertThat(later.below().get(key(refugees, helse, "2027-T1")).sum()).as("the unit's latest went from 12 to 15")
                .isEqualByComparingTo("3");
    }

    @Test
    void anIndicatorThatDoesNotRollUpKeepsOnlyTheUnitsOwn() {
        AggregatePlan plan = plan(Map.of(), change(indicator(Aggregation.LAST, false), hjemmetjenesten, "2027-09", "3", null));

        assertThat(plan.own()).hasSize(2);
        assertThat(plan.below()).isEmpty();
    }

    private AggregatePlan plan(Map<AggregateKey, OwnAggregate> current, ValueChange... changes) {
        return AggregatePlan.of(List.of(changes), current, units);
    }

    private static AggregateKey key(IndicatorDefinition indicator, UUID unit, String period) {
        return new AggregateKey(indicator.id().value(), unit, Period.parse(period));
    }

    private static ValueChange change(IndicatorDefinition indicator, Unit unit, String period, String value, String previous) {
        return ValueChange.of(indicator, unit.id(), Period.parse(period), new BigDecimal(value),
                previous == null ? null : new BigDecimal(previous));
    }

    private Unit unit(String name) {
        UUID id = UUID.randomUUID();
        return new Unit(id, name, name, "/" + kommune + "/" + helse + "/" + id + "/");
    }

    private IndicatorDefinition indicator(Aggregation aggregation, boolean rollUp) {
        return IndicatorDefinition.define("fjordvik", "nokkeltall", new IndicatorContent(new Names("a", "b", "c"), "antall",
                aggregation, Periodicity.MONTH, "HELSE_OMSORG", AllowedRange.ANY, IndicatorSource.of("gerica"), rollUp,
                Set.of(hjemmetjenesten.id(), sykehjemmet.id()))).indicator();
    }
}
