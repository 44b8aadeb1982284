package no.virksomhetsplan.dev;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataTest {

    private final DemoData demoData = new DemoData(Path.of("."), new Console());

    @Test
    void countsUnitsInAListOrAPage() {
        assertThat(demoData.countUnits("[]")).isEqualTo(OptionalInt.of(0));
        assertThat(demoData.countUnits(" [ {\"id\":\"a\"}, {\"id\":\"b\"} ] ")).isEqualTo(OptionalInt.of(2));
        assertThat(demoData.countUnits("{\"content\":[],\"totalElements\":0}")).isEqualTo(OptionalInt.of(0));
    }

    @Test
    void anAnswerThatIsNoListIsNeverTakenAsEmpty() {
        assertThat(demoData.countUnits("{\"error\":\"x\"}")).isEmpty();
        assertThat(demoData.countUnits("<html>")).isEmpty();
        assertThat(demoData.countUnits("")).isEmpty();
    }

    @Test
    void readsHowManyUnitsWereImported() {
        assertThat(demoData.number("{\"created\":40}", "created")).isEqualTo(40);
        assertThat(demoData.number("{\"created\":\"40\"}", "created")).isEqualTo(-1);
        assertThat(demoData.number("{\"title\":\"Invalid org-tree file\"}", "created")).isEqualTo(-1);
        assertThat(demoData.number("<html>", "created")).isEqualTo(-1);
    }

    @Test
    void theDemoTreeIsValidFromTheStartOfTheYear() {
        assertThat(DemoData.firstDayOfTheYear(LocalDate.of(2027, 3, 14))).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(DemoData.firstDayOfTheYear(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2027, 1, 1));
    }
}
