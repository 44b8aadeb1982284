package no.virksomhetsplan.checklists.distribution.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.checklists.distribution.application.CloseDistribution;
import no.virksomhetsplan.checklists.distribution.application.Distribute;
import no.virksomhetsplan.checklists.distribution.application.DistributeCommand;
import no.virksomhetsplan.checklists.distribution.application.DistributionQueries;
import no.virksomhetsplan.checklists.distribution.domain.Distribution;
import no.virksomhetsplan.checklists.distribution.domain.DistributionId;
import no.virksomhetsplan.checklists.distribution.domain.Period;
import no.virksomhetsplan.checklists.distribution.domain.PeriodKind;
import no.virksomhetsplan.checklists.overview.application.Overview;
import no.virksomhetsplan.checklists.overview.application.StatusOverview;
import no.virksomhetsplan.checklists.template.domain.TemplateId;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/checklists/distributions")
class DistributionController {

    static final String USERNAME = "^[A-Za-z0-9._@-]{1,100}$";

    record PeriodRequest(@NotNull PeriodKind kind, @NotNull @Min(2000) @Max(2200) Integer year, @NotNull @Min(1) @Max(12) Integer number) {
    }

    /**
     * @param unitId         a unit the caller leads
     * @param includeSubtree also every unit below it
     * @param responsible    a named person who answers this unit's checklist besides its leaders
     */
    record TargetRequest(@NotNull UUID unitId, Boolean includeSubtree, @Pattern(regexp = USERNAME) String responsible) {
    }

    /**
     * @param templateVersion absent for the template's latest version
     * @param title           absent for the template's name and the period
     */
    record DistributeRequest(
            @NotNull UUID templateId,
            @Min(1) Integer templateVersion,
            @Size(max = Distribution.MAX_TITLE_LENGTH) String title,
            @NotNull @Valid PeriodRequest period,
            @NotNull LocalDate deadline,
            Boolean includeInMonthlyReport,
            @NotEmpty @Size(max = 1000) List<@NotNull @Valid TargetRequest> targets) {
    }

    record CloseRequest(@NotNull @Min(1) Long version) {
    }

    record DistributionResponse(UUID id, UUID templateId, int templateVersion, String title, String periodKind, int periodYear,
            int periodNumber, String period, LocalDate deadline, boolean includeInMonthlyReport, boolean closed, long version,
            String createdBy, Instant createdAt) {

        static DistributionResponse of(Distribution d) {
            return new DistributionResponse(d.id().value(), d.templateId().value(), d.templateVersion(), d.title(),
                    d.period().kind().name(), d.period().year(), d.period().number(), d.period().label(), d.deadline(),
                    d.includeInMonthlyReport(), d.closed(), d.version(), d.createdBy(), d.createdAt());
        }
    }

    private final Distribute distribute;
    private final CloseDistribution close;
    private final DistributionQueries queries;
    private final StatusOverview overview;

    DistributionController(Distribute distribute, CloseDistribution close, DistributionQueries queries, StatusOverview overview) {
        this.distribute = distribute;
        this.close = close;
        this.queries = queries;
        this.overview = overview;
    }

    /** Gives a template version to units for a period: to units the caller leads, alone or with their subtrees. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    DistributionResponse distribute(Caller caller, @Valid @RequestBody DistributeRequest request) {
        return DistributionResponse.of(distribute.handle(caller, new DistributeCommand(new TemplateId(request.templateId()),
                request.templateVersion(), request.title(),
                new Period(request.period().kind(), request.period().year(), request.period().number()), request.deadline(),
                Boolean.TRUE.equals(request.includeInMonthlyReport()),
                request.targets().stream().map(target -> new DistributeCommand.Target(new OrgUnitId(target.unitId()),
                        Boolean.TRUE.equals(target.includeSubtree()), target.responsible())).toList())));
    }

    /** The municipality's distributions of a year. */
    @GetMapping
    List<DistributionResponse> ofYear(Caller caller, @RequestParam @Min(2000) @Max(2200) int year) {
        return queries.ofYear(caller, year).stream().map(DistributionResponse::of).toList();
    }

    @GetMapping("/{id}")
    DistributionResponse one(Caller caller, @PathVariable UUID id) {
        return DistributionResponse.of(queries.require(caller, new DistributionId(id)));
    }

    /** Locks the distribution: nothing more is answered or submitted in it. */
    @PostMapping("/{id}/close")
    DistributionResponse close(Caller caller, @PathVariable UUID id, @Valid @RequestBody CloseRequest request) {
        return DistributionResponse.of(close.handle(caller, new DistributionId(id), request.version()));
    }

    /**
     * The status overview for a unit and its subtree (absent: the top of the caller's part of the tree), with each unit
     * directly below it to drill down into.
     */
    @GetMapping("/{id}/overview")
    Overview overview(Caller caller, @PathVariable UUID id, @RequestParam(required = false) UUID unitId) {
        return overview.of(caller, new DistributionId(id), unitId);
    }

    /** The units of the subtree that have not submitted, with who should answer, in tree order. */
    @GetMapping("/{id}/not-submitted")
    List<Overview.Unanswered> notSubmitted(Caller caller, @PathVariable UUID id, @RequestParam(required = false) UUID unitId,
            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        return overview.notSubmitted(caller, new DistributionId(id), unitId, page, size);
    }
}
