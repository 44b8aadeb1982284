package no.virksomhetsplan.reporting.report.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.platform.security.Caller;
import no.virksomhetsplan.reporting.period.domain.Period;
import no.virksomhetsplan.reporting.report.application.ReportWorkflow;
import no.virksomhetsplan.reporting.report.domain.Report;
import no.virksomhetsplan.reporting.report.domain.ReportItem;
import no.virksomhetsplan.reporting.report.domain.Section;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reporting/reports")
class ReportController {

    static final String PERIOD = "\\d{4}(-(0[1-9]|1[0-2])|-T[123])?";
    static final String PERIOD_MESSAGE = "must be a month (2027-03), a tertial (2027-T1) or a year (2027)";

    /** @param period 2027-03, 2027-T1 or 2027 */
    record CreateReportRequest(@NotNull UUID unitId, @NotNull @Pattern(regexp = PERIOD, message = PERIOD_MESSAGE) String period) {
    }

    record ItemText(@NotNull Section section, @NotNull UUID refId, @Size(max = 4000) String statusText) {
    }

    /**
     * @param version      the report's version the writer read
     * @param overallText  the leader's overall status text; null leaves it as it is
     * @param items        status texts per line; lines not named keep theirs
     */
    record WriteTextsRequest(@NotNull Long version, @Size(max = 10000) String overallText, List<@Valid @NotNull ItemText> items) {
    }

    record ReturnRequest(@NotNull @Size(min = 1, max = 4000) String comment) {
    }

    /**
     * One line of a report. STATUS lines (one per kind of item: ASSIGNMENT, DELEGATION, TASK) carry {@code counts}: the
     * items of the unit and every unit below it due in the period, by status and OVERDUE. INTERNAL_CONTROL lines (one
     * per area, titled by it, and one titled TOTAL) and INTERNAL_CONTROL_UNIT lines (one per unit directly below) carry
     * the internal-control figures of the period as counts (as {@code GET /api/reporting/internal-control} names them).
     * CHECKLIST lines are the unit's checklists (status OPEN, ANSWERING or SUBMITTED, the area as summary, light RED when
     * not submitted past the deadline); DEVIATION lines its open deviations (status the severity, the description as
     * summary, the checklist's title as unitName, light RED past the follow-up deadline).
     */
    record ItemResponse(Section section, UUID refId, String title, String unitName, String status, String light,
            LocalDate deadline, BigDecimal actual, BigDecimal target, String measureUnit, String summary, String statusText,
            String carriedFrom, Map<String, Long> counts) {

        static ItemResponse of(ReportItem item) {
            return new ItemResponse(item.section(), item.refId(), item.title(), item.unitName(), item.status(), item.light(),
                    item.deadline(), item.actual(), item.target(), item.measureUnit(), item.summary(), item.statusText(),
                    item.carriedFrom(), item.counts().isEmpty() ? null : item.counts());
        }
    }

    /** @param locked true once approved: the report never changes again */
    record ReportResponse(UUID id, UUID unitId, String period, String status, boolean locked, String overallText,
            String returnComment, String createdBy, Instant createdAt, String submittedBy, Instant submittedAt,
            String decidedBy, Instant decidedAt, long version, List<ItemResponse> items) {

        static ReportResponse of(Report report) {
            return new ReportResponse(report.id(), report.unitId(), report.period().toString(), report.status().name(),
                    report.locked(), report.overallText(), report.returnComment(), report.createdBy(), report.createdAt(),
                    report.submittedBy(), report.submittedAt(), report.decidedBy(), report.decidedAt(), report.version(),
                    report.items().stream().map(ItemResponse::of).toList());
        }
    }

    private final ReportWorkflow workflow;

    ReportController(ReportWorkflow workflow) {
        this.workflow = workflow;
    }

    /** A new draft report for a unit the caller leads, filled from the read models (409 if the unit has one for the period). */
    @PostMapping
    ResponseEntity<ReportResponse> create(Caller caller, @Valid @RequestBody CreateReportRequest request) {
        Report report = workflow.create(caller, request.unitId(), Period.parse(request.period()));
        return ResponseEntity.created(URI.create("/api/reporting/reports/" + report.id())).body(ReportResponse.of(report));
    }

    /**
     * Reports of a unit the caller leads (default: the top of their part of the tree) and the units directly below it;
     * for politicians, the municipality's approved reports.
     */
    @GetMapping
    List<ReportResponse> list(Caller caller, @RequestParam(required = false) UUID unitId,
            @RequestParam(required = false) @Pattern(regexp = PERIOD, message = PERIOD_MESSAGE) String period) {
        return workflow.list(caller, unitId, period == null ? null : Period.parse(period)).stream()
                .map(ReportResponse::of).toList();
    }

    @GetMapping("/{id}")
    ReportResponse read(Caller caller, @PathVariable UUID id) {
        return ReportResponse.of(workflow.read(caller, id));
    }

    /** The leader's overall text and status texts per line (409 once submitted or approved, or on a stale version). */
    @PutMapping("/{id}/texts")
    ReportResponse write(Caller caller, @PathVariable UUID id, @Valid @RequestBody WriteTextsRequest request) {
        Map<ReportItem.ItemKey, String> texts = new LinkedHashMap<>();
        if (request.items() != null) {
            request.items().forEach(item -> texts.put(new ReportItem.ItemKey(item.section(), item.refId()), item.statusText()));
        }
        return ReportResponse.of(workflow.write(caller, id, request.version(), request.overallText(), texts));
    }

    /** Fresh figures from the read models while the report is a draft; the texts stay. */
    @PostMapping("/{id}/refill")
    ReportResponse refill(Caller caller, @PathVariable UUID id) {
        return ReportResponse.of(workflow.refill(caller, id));
    }

    @PostMapping("/{id}/submit")
    ReportResponse submit(Caller caller, @PathVariable UUID id) {
        return ReportResponse.of(workflow.submit(caller, id));
    }

    /** By the leader above the report's unit; approval locks the report. */
    @PostMapping("/{id}/approve")
    ReportResponse approve(Caller caller, @PathVariable UUID id) {
        return ReportResponse.of(workflow.approve(caller, id));
    }

    /** By the leader above the report's unit, with a comment saying what to change. */
    @PostMapping("/{id}/return")
    ReportResponse returnWithComment(Caller caller, @PathVariable UUID id, @Valid @RequestBody ReturnRequest request) {
        return ReportResponse.of(workflow.returnWithComment(caller, id, request.comment()));
    }
}
