package no.virksomhetsplan.plans.goal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnit;
import no.virksomhetsplan.platform.domain.ConflictException;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

class UnitGoalSetTest {

    private final OrgUnit kommune = OrgUnit.top("fjordvik", "Fjordvik kommune", "1000", "kommune").unit();
    private final OrgUnit oppvekst = kommune.addChild("Oppvekst og kultur", "2000", "sektor").unit();
    private final OrgUnit helse = kommune.addChild("Helse og velferd", "3000", "sektor").unit();
    private final OrgUnit skole = oppvekst.addChild("Fjordvik skole", "2110", "virksomhet").unit();

    private final Goal oppvekstvilkaar = goal(kommune, GoalSourceKind.KOMMUNEPLAN, "Gode oppvekstvilkår", 2024, 2036);
    private final Goal trivsel = goal(oppvekst, GoalSourceKind.HOP, "Elevene trives", 2027, 2030);
    private final Goal skolensEgen = goal(skole, GoalSourceKind.HOP, "Leseglede", 2027, 2027);
    private final Goal sykefravaer = goal(helse, GoalSourceKind.HOP, "Lavere sykefravær", 2027, 2030);

    private final UnitGoalSet none = UnitGoalSet.none("fjordvik", skole.id(), 2027);

    @Test
    void aUnitIsGivenGoalsFromItsOwnLineAndTheEventCarriesTheWholeSet() {
        UnitGoalSet.Changed changed = none.replaceWith(0, List.of(oppvekstvilkaar, trivsel, skolensEgen), skole).orElseThrow();

        assertThat(changed.set().goalIds()).containsExactlyInAnyOrder(oppvekstvilkaar.id(), trivsel.id(), skolensEgen.id());
        assertThat(changed.set().version()).isEqualTo(1);
        assertThat(changed.event().unitId()).isEqualTo(skole.id().value());
        assertThat(changed.event().year()).isEqualTo(2027);
        assertThat(changed.event().goalIds())
                .containsExactlyInAnyOrder(oppvekstvilkaar.id().value(), trivsel.id().value(), skolensEgen.id().value())
                .isSorted();
        assertThat(changed.event().version()).isEqualTo(1);
    }

    @Test
    void goalsOfAnotherLineOrOtherYearsDoNotFit() {
        assertThatThrownBy(() -> none.tick(sykefravaer, skole))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("not above Fjordvik skole");
        assertThatThrownBy(() -> UnitGoalSet.none("fjordvik", skole.id(), 2031).tick(trivsel, skole))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("covers 2027–2030, not 2031");
        assertThatThrownBy(() -> UnitGoalSet.none("fjordvik", oppvekst.id(), 2027).tick(skolensEgen, oppvekst))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aWholeSetBasedOnAnOldVersionIsAConflict() {
        UnitGoalSet first = none.replaceWith(0, List.of(trivsel), skole).orElseThrow().set();

        assertThatThrownBy(() -> first.replaceWith(0, List.of(oppvekstvilkaar), skole))
                .isInstanceOf(ConflictException.class).hasMessageContaining("version 0").hasMessageContaining("version 1");
    }

    @Test
    void tickingAndUntickingOneGoalChangesOnlyThatGoalAndRepeatingChangesNothing() {
        UnitGoalSet one = none.tick(trivsel, skole).orElseThrow().set();
        UnitGoalSet two = one.tick(oppvekstvilkaar, skole).orElseThrow().set();

        assertThat(two.goalIds()).containsExactlyInAnyOrder(trivsel.id(), oppvekstvilkaar.id());
        assertThat(two.version()).isEqualTo(2);
        assertThat(two.tick(trivsel, skole)).isEmpty();
        assertThat(two.replaceWith(2, List.of(oppvekstvilkaar, trivsel), skole)).isEmpty();

        UnitGoalSet.Changed unticked = two.untick(trivsel.id()).orElseThrow();
        assertThat(unticked.set().goalIds()).containsExactly(oppvekstvilkaar.id());
        assertThat(unticked.event().goalIds()).containsExactly(oppvekstvilkaar.id().value());
        assertThat(unticked.set().untick(trivsel.id())).isEmpty();
    }

    @Test
    void untickingEverythingLeavesAnEmptySetThatIsStillPublished() {
        UnitGoalSet one = none.tick(trivsel, skole).orElseThrow().set();

        UnitGoalSet.Changed empty = one.replaceWith(1, List.of(), skole).orElseThrow();

        assertThat(empty.set().goalIds()).isEmpty();
        assertThat(empty.event().goalIds()).isEmpty();
        assertThat(empty.event().version()).isEqualTo(2);
    }

    private Goal goal(OrgUnit owner, GoalSourceKind kind, String title, int from, int to) {
        return Goal.create("fjordvik", new GoalContent(null, title, null, new GoalSource(kind, "Plan", null, null),
                new YearSpan(from, to), List.of()), owner).goal();
    }
}
