package no.virksomhetsplan.reporting.overview.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void cellsAreQuotedWhenTheyNeedItAndNeverRunAsFormulas() {
        assertThat(Csv.line(Arrays.asList("Sjøbakken skole", "a;b", "sa \"hei\"", null, "=HYPERLINK(\"x\")", "-3")))
                .isEqualTo("Sjøbakken skole;\"a;b\";\"sa \"\"hei\"\"\";;\"'=HYPERLINK(\"\"x\"\")\";'-3\r\n");
    }
}
