package no.virksomhetsplan.plans.orgunit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import no.virksomhetsplan.contracts.org.OrgUnitClosed;
import no.virksomhetsplan.contracts.org.OrgUnitCreated;
import no.virksomhetsplan.contracts.org.OrgUnitMoved;
import no.virksomhetsplan.contracts.org.OrgUnitUpdated;
import no.virksomhetsplan.platform.domain.ConflictException;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

class OrgUnitHistoryTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate NEW_YEAR = LocalDate.of(2027, 1, 1);
    private static final LocalDate AUTUMN = LocalDate.of(2027, 8, 1);

    private final InMemoryTree tree = new InMemoryTree();
    private final OrgUnitId kommune = tree.add(OrgUnitHistory.top("fjordvik", details("Fjordvik kommune", "1000"), START)).unit().id();
    private final OrgUnitId oppvekst = addUnder(kommune, "Oppvekst og kultur", "2000");
    private final OrgUnitId helse = addUnder(kommune, "Helse og velferd", "3000");
    private final OrgUnitId skole = addUnder(oppvekst, "Fjordvik skole", "2110");
    private final OrgUnitId sfo = addUnder(skole, "SFO Fjordvik skole", "2111");

    @Test
    void aChildKnowsItsWholePathAndTellsTheOtherServices() {
        NewOrgUnit created = tree.from(oppvekst, START).addChild(new OrgUnitDetails(" Nordbygda skole ", "2120", "virksomhet", "per.berg"));

        OrgUnitPeriod period = created.unit().periods().get(0);
        assertThat(period.parentId()).isEqualTo(oppvekst);
        assertThat(period.ancestorIds()).containsExactly(kommune, oppvekst);
        assertThat(period.details().name()).isEqualTo("Nordbygda skole");
        OrgUnitCreated event = created.event();
        assertThat(event.unitId()).isEqualTo(created.unit().id().value());
        assertThat(event.ancestorIds()).containsExactly(kommune.value(), oppvekst.value());
        assertThat(event.leader()).isEqualTo("per.berg");
        assertThat(event.validFrom()).isEqualTo(START);
        assertThat(event.version()).isEqualTo(1);
    }

    @Test
    void aMoveChangesTheStructureFromItsDayWithEverythingBelowAndEarlierDaysKeepTheirs() {
        OrgUnitChange move = tree.apply(tree.from(skole, NEW_YEAR).moveUnder(1, tree.from(helse, NEW_YEAR), tree.below(tree.from(skole, NEW_YEAR))));

        assertThat(tree.on(skole, NEW_YEAR.minusDays(1)).orElseThrow().ancestorIds()).containsExactly(kommune, oppvekst);
        assertThat(tree.on(sfo, NEW_YEAR.minusDays(1)).orElseThrow().ancestorIds()).containsExactly(kommune, oppvekst, skole);
        assertThat(tree.on(skole, NEW_YEAR).orElseThrow().parentId()).isEqualTo(helse);
        assertThat(tree.on(sfo, NEW_YEAR).orElseThrow().ancestorIds()).containsExactly(kommune, helse, skole);
        assertThat(tree.on(sfo, NEW_YEAR).orElseThrow().parentId()).isEqualTo(skole);
        assertThat(move.event()).isEqualTo(new OrgUnitMoved(skole.value(), helse.value(), oppvekst.value(),
                List.of(kommune.value(), helse.value()), NEW_YEAR, 2));
        assertThat(move.version()).isEqualTo(2);
    }

    @Test
    void aUnitCannotMoveUnderItselfOrAnythingBelowIt() {
        assertThatThrownBy(() -> move(skole, sfo, NEW_YEAR))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("SFO Fjordvik skole is below Fjordvik skole on 2027-01-01; a unit cannot be moved under its own descendant.");
        assertThatThrownBy(() -> move(skole, skole, NEW_YEAR))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("cannot be moved under itself");
        assertThatThrownBy(() -> move(kommune, helse, NEW_YEAR))
                .isInstanceOf(RuleViolationException.class).hasMessage("The top unit cannot be moved.");
        assertThatThrownBy(() -> move(skole, oppvekst, NEW_YEAR))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already directly under Oppvekst og kultur");
    }

    @Test
    void aUnitCannotMoveUnderWhatWillBeBelowItLater() {
        move(helse, skole, AUTUMN);

        assertThatThrownBy(() -> move(skole, helse, NEW_YEAR))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Helse og velferd is below Fjordvik skole on 2027-08-01");
    }

    @Test
    void aUnitBelowKeepsItsOwnLaterMoveWhenItsAncestorMovesEarlier() {
        move(sfo, kommune, AUTUMN);

        move(skole, helse, NEW_YEAR);

        assertThat(tree.on(sfo, NEW_YEAR.minusDays(1)).orElseThrow().ancestorIds()).containsExactly(kommune, oppvekst, skole);
        assertThat(tree.on(sfo, NEW_YEAR).orElseThrow().ancestorIds()).containsExactly(kommune, helse, skole);
        assertThat(tree.on(sfo, AUTUMN).orElseThrow().ancestorIds()).containsExactly(kommune);
    }

    @Test
    void aUnitAddedBeforeItsParentMovesMovesWithIt() {
        move(skole, helse, NEW_YEAR);

        NewOrgUnit added = tree.add(tree.from(skole, START.plusMonths(5)).addChild(details("Skolebiblioteket", null)));

        OrgUnitId bibliotek = added.unit().id();
        assertThat(tree.on(bibliotek, NEW_YEAR.minusDays(1)).orElseThrow().ancestorIds()).containsExactly(kommune, oppvekst, skole);
        assertThat(tree.on(bibliotek, NEW_YEAR).orElseThrow().ancestorIds()).containsExactly(kommune, helse, skole);
        assertThat(added.event().ancestorIds()).containsExactly(kommune.value(), oppvekst.value(), skole.value());
    }

    @Test
    void aUnitMovedUnderAParentThatMovesLaterFollowsItsParent() {
        OrgUnitId velferd = addUnder(kommune, "Velferd", "3900");
        move(helse, velferd, AUTUMN);

        move(skole, helse, NEW_YEAR);

        assertThat(tree.on(sfo, NEW_YEAR).orElseThrow().ancestorIds()).containsExactly(kommune, helse, skole);
        assertThat(tree.on(sfo, AUTUMN).orElseThrow().ancestorIds()).containsExactly(kommune, velferd, helse, skole);
    }

    @Test
    void aChangeBasedOnAnOlderVersionIsAConflict() {
        OrgUnitHistory readByBoth = tree.from(skole, NEW_YEAR);
        tree.apply(readByBoth.changeDetails(1, details("Fjordvik barneskole", "2110")));

        assertThatThrownBy(() -> tree.from(skole, NEW_YEAR).changeDetails(1, details("Fjordvik skole og SFO", "2110")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Fjordvik barneskole has been changed since you read it (it is at version 2, your change was based on version 1)");
        assertThat(tree.on(skole, NEW_YEAR).orElseThrow().details().name()).isEqualTo("Fjordvik barneskole");
    }

    @Test
    void detailsChangeFromTheirDayAndEarlierDaysKeepTheirs() {
        OrgUnitChange rename = tree.apply(tree.from(skole, NEW_YEAR).changeDetails(1,
                new OrgUnitDetails("Fjordvik barneskole", "2110", "skole", "per.berg")));

        assertThat(tree.on(skole, NEW_YEAR.minusDays(1)).orElseThrow().details()).isEqualTo(details("Fjordvik skole", "2110"));
        assertThat(tree.on(skole, NEW_YEAR).orElseThrow().details().leader()).isEqualTo("per.berg");
        assertThat(rename.event()).isEqualTo(new OrgUnitUpdated(skole.value(), "Fjordvik barneskole", "2110", "skole", "per.berg",
                NEW_YEAR, 2));
    }

    @Test
    void detailsChangeInDateOrder() {
        tree.apply(tree.from(skole, AUTUMN).changeDetails(1, details("Fjordvik barneskole", "2110")));

        assertThatThrownBy(() -> tree.from(skole, NEW_YEAR).changeDetails(2, details("Fjordvik skole og SFO", "2110")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Fjordvik barneskole already has a change of its name, code, level or leader from 2027-08-01;"
                        + " date this change on or after that day.");
    }

    @Test
    void aChangeOfDetailsCarriesAlongALaterMove() {
        move(skole, helse, NEW_YEAR);

        tree.apply(tree.from(skole, START.plusMonths(6)).changeDetails(2, new OrgUnitDetails("Fjordvik skole", "2110", null, "per.berg")));

        assertThat(tree.on(skole, START.plusMonths(6).minusDays(1)).orElseThrow().details().leader()).isNull();
        assertThat(tree.on(skole, START.plusMonths(6)).orElseThrow().details().leader()).isEqualTo("per.berg");
        assertThat(tree.on(skole, NEW_YEAR).orElseThrow().details().leader()).isEqualTo("per.berg");
        assertThat(tree.on(skole, NEW_YEAR).orElseThrow().parentId()).isEqualTo(helse);
    }

    @Test
    void movesHappenInDateOrder() {
        move(skole, helse, AUTUMN);

        assertThatThrownBy(() -> move(skole, kommune, NEW_YEAR))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Fjordvik skole already moves on 2027-08-01; date this move on or after that day.");
    }

    @Test
    void aChangeThatChangesNothingLeavesOnePeriod() {
        tree.apply(tree.from(skole, NEW_YEAR).changeDetails(1, details("Fjordvik skole", "2110")));

        assertThat(tree.periodsOf(skole)).hasSize(1);
    }

    @Test
    void aUnitClosesFromItsDayOnceNothingIsBelowIt() {
        assertThatThrownBy(() -> close(skole, AUTUMN))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Fjordvik skole still has units below it from 2027-08-01: SFO Fjordvik skole. Move or close them first.");

        close(sfo, AUTUMN);
        OrgUnitChange closing = close(skole, AUTUMN);

        assertThat(tree.on(skole, AUTUMN.minusDays(1))).isPresent();
        assertThat(tree.on(skole, AUTUMN)).isEmpty();
        assertThat(closing.event()).isEqualTo(new OrgUnitClosed(skole.value(), AUTUMN, 2));
        assertThatThrownBy(() -> tree.from(skole, NEW_YEAR).changeDetails(2, details("Etter stenging", null)))
                .isInstanceOf(RuleViolationException.class).hasMessageStartingWith("Fjordvik skole closes from 2027-08-01.");
        assertThatThrownBy(() -> tree.from(skole, NEW_YEAR).addChild(details("Ny avdeling", null)))
                .isInstanceOf(RuleViolationException.class).hasMessage("Fjordvik skole closes from 2027-08-01.");
        assertThatThrownBy(() -> move(helse, skole, NEW_YEAR))
                .isInstanceOf(RuleViolationException.class).hasMessage("Fjordvik skole closes from 2027-08-01.");
    }

    @Test
    void theTopAndAUnitOnItsFirstDayCannotClose() {
        assertThatThrownBy(() -> close(kommune, AUTUMN)).isInstanceOf(RuleViolationException.class)
                .hasMessage("The top unit cannot be closed.");
        assertThatThrownBy(() -> close(sfo, START)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("opens on 2026-01-01; it can close from the day after at the earliest");
    }

    @Test
    void aUnitThatDoesNotExistYetCannotBeChanged() {
        OrgUnitId later = tree.add(tree.from(kommune, AUTUMN).addChild(details("Ny enhet", null))).unit().id();

        assertThatThrownBy(() -> tree.from(later, NEW_YEAR).changeDetails(1, details("Tidligere", null)))
                .isInstanceOf(RuleViolationException.class).hasMessageStartingWith("Ny enhet opens on 2027-08-01, after 2027-01-01.");
    }

    @Test
    void aUnitNeedsANameAndBlankValuesAreAbsent() {
        assertThatThrownBy(() -> new OrgUnitDetails("  ", null, null, null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new OrgUnitDetails("Skole", null, null, "per berg")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("contains spaces");
        assertThat(new OrgUnitDetails("PPT", " ", "", null)).isEqualTo(new OrgUnitDetails("PPT", null, null, null));
    }

    private OrgUnitId addUnder(OrgUnitId parent, String name, String code) {
        return tree.add(tree.from(parent, START).addChild(details(name, code))).unit().id();
    }

    private OrgUnitChange move(OrgUnitId unit, OrgUnitId newParent, LocalDate from) {
        OrgUnitHistory history = tree.from(unit, from);
        return tree.apply(history.moveUnder(history.version(), tree.from(newParent, from), tree.below(history)));
    }

    private OrgUnitChange close(OrgUnitId unit, LocalDate from) {
        OrgUnitHistory history = tree.from(unit, from);
        return tree.apply(history.close(history.version(), tree.namesBelow(unit, from)));
    }

    private static OrgUnitDetails details(String name, String code) {
        return new OrgUnitDetails(name, code, null, null);
    }
}
