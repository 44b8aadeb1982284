package no.virksomhetsplan.reporting.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.platform.domain.ConflictException;
import no.virksomhetsplan.platform.domain.ForbiddenException;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import no.virksomhetsplan.reporting.period.domain.Period;
import org.junit.jupiter.api.Test;

class ReportTest {

    private final UUID school = UUID.randomUUID();
    private final UUID sommerskole = UUID.randomUUID();
    private final UUID leksehjelp = UUID.randomUUID();
    private final Instant now = Instant.parse("2027-04-30T10:00:00Z");

    @Test
    void approvalByTheSuperiorLocksTheReport() {
        Report report = aDraft();
        report.write(0, "Godt tertial.", Map.of());
        report.submit("per.berg", now);
        assertThatThrownBy(() -> report.approve("per.berg", now)).isInstanceOf(ForbiddenException.class);
        report.approve("ellen.sektor", now);
        assertThat(report.locked()).isTrue();
        assertThatThrownBy(() -> report.write(0, "Endret", Map.of())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("locked");
        assertThatThrownBy(() -> report.refill(List.of())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> report.returnWithComment("ellen.sektor", now, "Nei")).isInstanceOf(ConflictException.class);
    }

    @Test
    void aReturnedReportCanBeWrittenAndSubmittedAgain() {
        Report report = aDraft();
        report.submit("per.berg", now);
        assertThatThrownBy(() -> report.write(0, "Nytt", Map.of())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> report.returnWithComment("ellen.sektor", now, " ")).isInstanceOf(RuleViolationException.class);
        report.returnWithComment("ellen.sektor", now, "Mer om sykefravær.");
        assertThat(report.status()).isEqualTo(ReportStatus.RETURNED);
        report.write(0, "Sykefraværet er 6 %.", Map.of());
        report.submit("per.berg", now);
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void unfinishedAssignmentsGoOnToTheNextPeriodWithTheirTextAndFinishedOnesDoNot() {
        Report t1 = aDraft();
        t1.write(0, null, Map.of(new ReportItem.ItemKey(Section.ASSIGNMENT, sommerskole), "Venter på FAU.",
                new ReportItem.ItemKey(Section.ASSIGNMENT, leksehjelp), "Ferdig."));
        Report t2 = Report.create(UUID.randomUUID(), school, Period.parse("2027-T2"), "per.berg", now, List.of(), t1);
        assertThat(t2.items()).singleElement().satisfies(item -> {
            assertThat(item.refId()).isEqualTo(sommerskole);
            assertThat(item.carriedFrom()).isEqualTo("2027-T1");
            assertThat(item.statusText()).isEqualTo("Venter på FAU.");
        });
    }

    @Test
    void aRefillKeepsTheLeadersTexts() {
        Report report = aDraft();
        report.write(0, null, Map.of(new ReportItem.ItemKey(Section.ASSIGNMENT, sommerskole), "I rute."));
        report.refill(List.of(line(sommerskole, "Sommerskole", "DELAYED")));
        assertThat(report.items()).singleElement().satisfies(item -> {
            assertThat(item.status()).isEqualTo("DELAYED");
            assertThat(item.statusText()).isEqualTo("I rute.");
        });
    }

    private Report aDraft() {
        return Report.create(UUID.randomUUID(), school, Period.parse("2027-T1"), "per.berg", now,
                List.of(line(sommerskole, "Sommerskole", "IN_PROGRESS"), line(leksehjelp, "Leksehjelp", "DONE")), null);
    }

    private static ReportItem line(UUID id, String title, String status) {
        return new ReportItem(Section.ASSIGNMENT, id, title, null, status, "GREEN", LocalDate.of(2027, 6, 15), null, null, null,
                null, null, null);
    }
}
