package no.virksomhetsplan.plans.orgunit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.virksomhetsplan.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

class OrgUnitTest {

    private final OrgUnit kommune = OrgUnit.top("fjordvik", "Fjordvik kommune", "1000", "kommune").unit();

    @Test
    void aChildKnowsItsWholePathAndTellsTheOtherServices() {
        OrgUnit sektor = kommune.addChild("Oppvekst og kultur", "2000", "sektor").unit();

        OrgUnit.Created skole = sektor.addChild(" Fjordvik skole ", "2110", "virksomhet");

        assertThat(skole.unit().parentId()).isEqualTo(sektor.id());
        assertThat(skole.unit().ancestorIds()).containsExactly(kommune.id(), sektor.id());
        assertThat(skole.unit().name()).isEqualTo("Fjordvik skole");
        assertThat(skole.unit().tenant()).isEqualTo("fjordvik");
        assertThat(skole.event().unitId()).isEqualTo(skole.unit().id().value());
        assertThat(skole.event().parentId()).isEqualTo(sektor.id().value());
        assertThat(skole.event().ancestorIds()).containsExactly(kommune.id().value(), sektor.id().value());
        assertThat(skole.event().externalCode()).isEqualTo("2110");
        assertThat(skole.event().version()).isEqualTo(1);
    }

    @Test
    void theTopHasNoParentAndNoAncestors() {
        assertThat(kommune.parentId()).isNull();
        assertThat(kommune.ancestorIds()).isEmpty();
    }

    @Test
    void aUnitNeedsAName() {
        assertThatThrownBy(() -> kommune.addChild("  ", null, null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> kommune.addChild(null, null, null)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void blankCodesAndLevelsAreAbsent() {
        OrgUnit unit = kommune.addChild("PPT", " ", "").unit();

        assertThat(unit.externalCode()).isNull();
        assertThat(unit.levelName()).isNull();
    }
}
