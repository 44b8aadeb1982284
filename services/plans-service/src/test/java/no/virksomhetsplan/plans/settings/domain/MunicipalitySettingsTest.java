package no.virksomhetsplan.plans.settings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

class MunicipalitySettingsTest {

    private final MunicipalitySettings defaults = MunicipalitySettings.defaults("nordlia");

    @Test
    void aMunicipalityThatStoredNothingHasSensibleDefaults() {
        assertThat(defaults.isStored()).isFalse();
        assertThat(defaults.version()).isZero();
        assertThat(defaults.language()).isEqualTo(Language.NB);
        assertThat(defaults.terminology().get("level.unit")).isEqualTo(new Labels("virksomhet", "eining", "unit"));
        assertThat(defaults.terminology().get("role.kommunedirektor").en()).isEqualTo("chief executive");
        assertThat(defaults.assignmentTypes()).extracting(AssignmentType::code)
                .containsExactly("VERBALVEDTAK", "POLITISK_SAK", "KOMMUNEDIREKTOR_OPPDRAG", "TILTAK");
        assertThat(defaults.assignmentTypes()).allMatch(AssignmentType::active);
        assertThat(defaults.reminders()).isEqualTo(new ReminderRules(28, 7, true, 7));
    }

    @Test
    void aChangeReplacesEverythingAndPublishesTheWholeSnapshot() {
        List<AssignmentType> types = new ArrayList<>(withTiltakInactive());
        types.add(new AssignmentType("INTERPELLASJON", new Labels("Interpellasjon", "Interpellasjon", "Interpellation"), true));

        MunicipalitySettings.Changed changed = defaults.change(Language.NN,
                Map.of("level.unit", new Labels("enhet", "eining", "unit"), "level.ward", new Labels("bydel", "bydel", "ward")),
                types, new ReminderRules(21, 5, false, 10));

        MunicipalitySettings settings = changed.settings();
        assertThat(settings.version()).isEqualTo(1);
        assertThat(settings.terminology().get("level.unit").nb()).isEqualTo("enhet");
        assertThat(settings.terminology().get("level.ward").nb()).isEqualTo("bydel");
        assertThat(settings.terminology()).containsKey("concept.assignmentLetter");
        var event = changed.event();
        assertThat(event.language()).isEqualTo("nn");
        assertThat(event.version()).isEqualTo(1);
        assertThat(event.terminology()).containsKeys("level.unit", "level.ward", "role.kommunalsjef");
        assertThat(event.assignmentTypes()).extracting(type -> type.code() + ":" + type.active())
                .containsExactly("VERBALVEDTAK:true", "POLITISK_SAK:true", "KOMMUNEDIREKTOR_OPPDRAG:true", "TILTAK:false",
                        "INTERPELLASJON:true");
        assertThat(event.reminders().daysBeforeShortPeriods()).isEqualTo(5);
    }

    @Test
    void anAssignmentTypeIsNeverRemovedOnlyDeactivated() {
        List<AssignmentType> withoutTiltak = defaults.assignmentTypes().subList(0, 3);

        assertThatThrownBy(() -> defaults.change(Language.NB, Map.of(), withoutTiltak, ReminderRules.DEFAULT))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("never removed")
                .hasMessageContaining("deactivate TILTAK instead");
        assertThat(defaults.change(Language.NB, Map.of(), withTiltakInactive(), ReminderRules.DEFAULT).settings()
                .assignmentTypes()).hasSize(4);
    }

    @Test
    void codesAreUniqueAndWellFormed() {
        List<AssignmentType> twice = new ArrayList<>(defaults.assignmentTypes());
        twice.add(new AssignmentType("TILTAK", new Labels("Tiltak 2", "Tiltak 2", "Measure 2"), true));

        assertThatThrownBy(() -> defaults.change(Language.NB, Map.of(), twice, ReminderRules.DEFAULT))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("TILTAK appears more than once");
        assertThatThrownBy(() -> new AssignmentType("verbal vedtak", new Labels("a", "b", "c"), true))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("capital letters");
    }

    @Test
    void remindersNamesAndKeysStayWithinReason() {
        assertThatThrownBy(() -> new ReminderRules(7, 14, true, 7))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("cannot come earlier");
        assertThatThrownBy(() -> new ReminderRules(0, 0, true, 7)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new ReminderRules(28, 7, true, 91)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new Labels("virksomhet", " ", "unit"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("nynorsk");
        assertThatThrownBy(() -> defaults.change(Language.NB, Map.of("Level Unit", new Labels("a", "b", "c")),
                defaults.assignmentTypes(), ReminderRules.DEFAULT))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Level Unit is not");
        assertThatThrownBy(() -> Language.of("se")).isInstanceOf(RuleViolationException.class);
    }

    private List<AssignmentType> withTiltakInactive() {
        return defaults.assignmentTypes().stream()
                .map(type -> type.code().equals("TILTAK") ? new AssignmentType(type.code(), type.labels(), false) : type)
                .toList();
    }
}
