package no.virksomhetsplan.dev;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrgUnitCsvTest {

    @Test
    void putsParentsBeforeChildrenAndKeepsTheFileOrderOtherwise() {
        List<OrgUnitCsv.OrgUnit> units = OrgUnitCsv.parse(List.of(
                "# a comment",
                OrgUnitCsv.HEADER,
                "2110,Fjordvik skole,Virksomhet,2000,per.berg",
                "1000,Fjordvik kommune,Kommune,,",
                "",
                "2000,Oppvekst og kultur,Kommunalområde,1000,",
                "3000,Helse og velferd,Kommunalområde,1000,"));

        assertThat(units).extracting(OrgUnitCsv.OrgUnit::externalCode).containsExactly("1000", "2000", "2110", "3000");
        assertThat(units.get(0).isTop()).isTrue();
        assertThat(units.get(2)).isEqualTo(new OrgUnitCsv.OrgUnit("2110", "Fjordvik skole", "Virksomhet", "2000", "per.berg"));
    }

    @Test
    void theImportBodyIsTheFileWithoutCommentsAndBlankLines() {
        String body = OrgUnitCsv.importBody(List.of("\uFEFF# Fjordvik", OrgUnitCsv.HEADER, "", "1000,\"Fjordvik, kommune\",Kommune,,ingrid.fjeld",
                "  # a note", "2000,Oppvekst og kultur,Kommunalområde,1000,tor.haugen"));

        assertThat(body).isEqualTo(OrgUnitCsv.HEADER + "\n1000,\"Fjordvik, kommune\",Kommune,,ingrid.fjeld\n"
                + "2000,Oppvekst og kultur,Kommunalområde,1000,tor.haugen\n");
    }

    @Test
    void readsQuotedFields() {
        assertThat(OrgUnitCsv.splitLine("1100,\"Stab, støtte og \"\"IKT\"\"\",Stab,1000"))
                .containsExactly("1100", "Stab, støtte og \"IKT\"", "Stab", "1000");
        assertThat(OrgUnitCsv.splitLine("1000,Fjordvik kommune,Kommune,")).containsExactly("1000", "Fjordvik kommune", "Kommune", "");
    }

    @Test
    void rejectsBrokenTrees() {
        assertThatThrownBy(() -> OrgUnitCsv.parse(List.of(OrgUnitCsv.HEADER, "1000,A,Kommune,,", "2000,B,Område,9999,")))
                .hasMessageContaining("unknown parent 9999");
        assertThatThrownBy(() -> OrgUnitCsv.parse(List.of(OrgUnitCsv.HEADER, "1000,A,Kommune,,", "1000,B,Område,1000,")))
                .hasMessageContaining("duplicate externalCode 1000");
        assertThatThrownBy(() -> OrgUnitCsv.parse(List.of(OrgUnitCsv.HEADER, "1,A,X,2,", "2,B,X,1,")))
                .hasMessageContaining("cycle");
        assertThatThrownBy(() -> OrgUnitCsv.parse(List.of("code,name", "1,A,X,,")))
                .hasMessageContaining("header");
        assertThatThrownBy(() -> OrgUnitCsv.parse(List.of(OrgUnitCsv.HEADER, "1,A,X,")))
                .hasMessageContaining("expected 5 fields");
    }
}
