package no.virksomhetsplan.plans.goal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.virksomhetsplan.contracts.plans.MeasureIndicatorData;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnit;
import no.virksomhetsplan.platform.domain.ConflictException;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

class GoalTest {

    private final OrgUnit kommune = OrgUnit.top("fjordvik", "Fjordvik kommune", "1000", "kommune").unit();
    private final OrgUnit oppvekst = kommune.addChild("Oppvekst og kultur", "2000", "sektor").unit();
    private final OrgUnit skole = oppvekst.addChild("Fjordvik skole", "2110", "virksomhet").unit();

    private final Goal oppvekstvilkaar = Goal.create("fjordvik", content(null, "Gode oppvekstvilkår", kommuneplan(), 2024, 2036),
            kommune).goal();

    @Test
    void aNewGoalIsVersionOneAndItsEventCarriesTheWholeGoal() {
        GoalContent content = new GoalContent(oppvekstvilkaar.id(), "Elevene trives på skolen", "Trivsel måles hvert år.",
                new GoalSource(GoalSourceKind.HOP, "Handlings- og økonomiplan 2027–2030", null, null), new YearSpan(2027, 2030),
                List.of(trivsel(null, "90")));

        Goal.Created created = Goal.create("fjordvik", content, oppvekst);

        Goal goal = created.goal();
        assertThat(goal.version()).isEqualTo(1);
        assertThat(goal.parentId()).isEqualTo(oppvekstvilkaar.id());
        assertThat(goal.ownerUnitId()).isEqualTo(oppvekst.id());
        assertThat(goal.indicators()).singleElement().satisfies(indicator -> assertThat(indicator.id()).isNotNull());
        assertThat(created.event().goalId()).isEqualTo(goal.id().value());
        assertThat(created.event().parentId()).isEqualTo(oppvekstvilkaar.id().value());
        assertThat(created.event().ownerUnitId()).isEqualTo(oppvekst.id().value());
        assertThat(created.event().source().kind()).isEqualTo("HOP");
        assertThat(created.event().fromYear()).isEqualTo(2027);
        assertThat(created.event().toYear()).isEqualTo(2030);
        assertThat(created.event().indicators()).singleElement().satisfies(indicator -> {
            assertThat(indicator.indicatorId()).isEqualTo(goal.indicators().get(0).id().value());
            assertThat(indicator.targetValue()).isEqualByComparingTo("90");
            assertThat(indicator.direction()).isEqualTo("HIGHER_IS_BETTER");
            assertThat(indicator.yellowLimit()).isEqualByComparingTo("85");
        });
        assertThat(created.event().version()).isEqualTo(1);
    }

    @Test
    void aKommuneplanGoalBelongsToTheTopUnit() {
        assertThatThrownBy(() -> Goal.create("fjordvik", content(null, "Helse hele livet", kommuneplan(), 2024, 2036), oppvekst))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("top unit");
    }

    @Test
    void everyGoalNamesItsSourceAndAPoliticalDecisionItsCaseAndDate() {
        assertThatThrownBy(() -> new GoalSource(GoalSourceKind.TEMAPLAN, " ", null, null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Name the plan");
        assertThatThrownBy(() -> new GoalSource(null, "Kommunestyret", null, null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new GoalSource(GoalSourceKind.POLITICAL_DECISION, "Kommunestyret", null, LocalDate.of(2026, 12, 10)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("case number");
        assertThatThrownBy(() -> new GoalSource(GoalSourceKind.POLITICAL_DECISION, "Kommunestyret", "PS 45/26", null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("date");

        GoalSource decision = new GoalSource(GoalSourceKind.POLITICAL_DECISION, " Kommunestyret ", " PS 45/26 ", LocalDate.of(2026, 12, 10));
        assertThat(decision.name()).isEqualTo("Kommunestyret");
        assertThat(decision.caseNumber()).isEqualTo("PS 45/26");
    }

    @Test
    void aGoalsYearsRunForwardsWithinThePlanYears() {
        assertThatThrownBy(() -> new YearSpan(2030, 2027)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("2030").hasMessageContaining("2027");
        assertThatThrownBy(() -> new YearSpan(1999, 2027)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new YearSpan(2027, 2101)).isInstanceOf(RuleViolationException.class);
        assertThat(new YearSpan(2027, 2030).covers(2027)).isTrue();
        assertThat(new YearSpan(2027, 2030).covers(2030)).isTrue();
        assertThat(new YearSpan(2027, 2030).covers(2031)).isFalse();
        assertThat(new YearSpan(2027, 2029).years()).containsExactly(2027, 2028, 2029);
    }

    @Test
    void aGoalNeedsATitleAndDistinctIndicators() {
        assertThatThrownBy(() -> Goal.create("fjordvik", content(null, "  ", hop(), 2027, 2030), oppvekst))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("title");
        GoalContent twice = new GoalContent(null, "Trivsel", null, hop(), new YearSpan(2027, 2030),
                List.of(trivsel(null, "90"), trivsel(null, "95")));
        assertThatThrownBy(() -> Goal.create("fjordvik", twice, oppvekst))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("two measure indicators");
    }

    @Test
    void anEditBasedOnTheCurrentVersionMakesTheNextVersionAndKeepsIndicatorIds() {
        Goal goal = Goal.create("fjordvik", withIndicators(trivsel(null, "90")), oppvekst).goal();
        MeasureIndicatorId trivselId = goal.indicators().get(0).id();

        Goal.Revised revised = goal.revise(1, withIndicators(trivsel(trivselId, "92"),
                new IndicatorDraft(null, "Mobbing", "antall saker", BigDecimal.ZERO, Direction.LOWER_IS_BETTER, new BigDecimal("2"), null)),
                oppvekst, List.of(), Set.of());

        assertThat(revised.goal().version()).isEqualTo(2);
        assertThat(revised.goal().indicators()).extracting(MeasureIndicator::name).containsExactly("Andel elever som trives", "Mobbing");
        assertThat(revised.goal().indicators().get(0).id()).isEqualTo(trivselId);
        assertThat(revised.goal().indicators().get(0).targetValue()).isEqualByComparingTo("92");
        assertThat(revised.event().version()).isEqualTo(2);
        assertThat(revised.event().indicators()).extracting(MeasureIndicatorData::indicatorId)
                .containsExactly(trivselId.value(), revised.goal().indicators().get(1).id().value());
    }

    @Test
    void anEditBasedOnAnOldVersionIsAConflict() {
        Goal goal = Goal.create("fjordvik", withIndicators(), oppvekst).goal();
        Goal second = goal.revise(1, withIndicators(), oppvekst, List.of(), Set.of()).goal();

        assertThatThrownBy(() -> second.revise(1, withIndicators(), oppvekst, List.of(), Set.of()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("version 1").hasMessageContaining("version 2");
    }

    @Test
    void indicatorsOfOtherGoalsCannotBeSmuggledIn() {
        Goal goal = Goal.create("fjordvik", withIndicators(trivsel(null, "90")), oppvekst).goal();
        MeasureIndicatorId foreign = MeasureIndicatorId.newId();

        assertThatThrownBy(() -> goal.revise(1, withIndicators(trivsel(foreign, "90")), oppvekst, List.of(), Set.of()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("not one of this goal's indicators");
        assertThatThrownBy(() -> Goal.create("fjordvik", withIndicators(trivsel(foreign, "90")), oppvekst))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("leave out the indicator id");
    }

    @Test
    void aGoalCannotBePlacedUnderItselfOrItsOwnSubGoals() {
        Goal trivselsmaal = Goal.create("fjordvik", content(oppvekstvilkaar.id(), "Trivsel", hop(), 2027, 2030), oppvekst).goal();
        Goal skolemaal = Goal.create("fjordvik", content(trivselsmaal.id(), "Trivsel på Fjordvik skole", hop(), 2027, 2027), skole).goal();

        GoalContent underItsGrandchild = content(skolemaal.id(), "Trivsel", hop(), 2027, 2030);
        assertThatThrownBy(() -> trivselsmaal.revise(1, underItsGrandchild, oppvekst,
                List.of(skolemaal.id(), trivselsmaal.id(), oppvekstvilkaar.id()), Set.of()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("under itself or one of its own sub-goals");
        assertThatThrownBy(() -> trivselsmaal.revise(1, content(trivselsmaal.id(), "Trivsel", hop(), 2027, 2030), oppvekst,
                List.of(trivselsmaal.id(), oppvekstvilkaar.id()), Set.of()))
                .isInstanceOf(RuleViolationException.class);

        Goal moved = skolemaal.revise(1, content(oppvekstvilkaar.id(), "Trivsel på Fjordvik skole", hop(), 2027, 2027), skole,
                List.of(oppvekstvilkaar.id()), Set.of()).goal();
        assertThat(moved.parentId()).isEqualTo(oppvekstvilkaar.id());
    }

    @Test
    void aGoalKeepsCoveringTheYearsItAppliesToUnitsIn() {
        Goal goal = Goal.create("fjordvik", content(null, "Trivsel", hop(), 2027, 2030), oppvekst).goal();

        assertThatThrownBy(() -> goal.revise(1, content(null, "Trivsel", hop(), 2028, 2030), oppvekst, List.of(), Set.of(2027, 2029)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("2027").hasMessageContaining("untick");
        assertThat(goal.revise(1, content(null, "Trivsel", hop(), 2027, 2029), oppvekst, List.of(), Set.of(2027, 2029))
                .goal().years()).isEqualTo(new YearSpan(2027, 2029));
    }

    private static GoalSource kommuneplan() {
        return new GoalSource(GoalSourceKind.KOMMUNEPLAN, "Kommuneplanens samfunnsdel 2024–2036", "PS 12/24", LocalDate.of(2024, 3, 14));
    }

    private static GoalSource hop() {
        return new GoalSource(GoalSourceKind.HOP, "Handlings- og økonomiplan 2027–2030", null, null);
    }

    private static GoalContent content(GoalId parent, String title, GoalSource source, int from, int to) {
        return new GoalContent(parent, title, null, source, new YearSpan(from, to), List.of());
    }

    private static GoalContent withIndicators(IndicatorDraft... indicators) {
        return new GoalContent(null, "Elevene trives", null, hop(), new YearSpan(2027, 2030), List.of(indicators));
    }

    private static IndicatorDraft trivsel(MeasureIndicatorId id, String target) {
        return new IndicatorDraft(id, "Andel elever som trives", "%", new BigDecimal(target), Direction.HIGHER_IS_BETTER,
                new BigDecimal("85"), null);
    }
}
