package no.virksomhetsplan.assignments.overview.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.assignments.assignment.application.Page;
import no.virksomhetsplan.assignments.assignment.domain.ItemKind;
import no.virksomhetsplan.assignments.assignment.domain.Status;
import no.virksomhetsplan.assignments.overview.application.StatusOverview;
import no.virksomhetsplan.assignments.overview.domain.Counts;
import no.virksomhetsplan.assignments.overview.domain.ItemSummary;
import no.virksomhetsplan.assignments.overview.domain.UnitCounts;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OverviewController {

    private static final List<String> STATUSES = Arrays.stream(Status.values()).map(Status::name).toList();

    /** @param byStatus every status with its count; overdue and ownerless count open items only */
    record CountsResponse(Map<String, Long> byStatus, long total, long overdue, long ownerless) {

        static CountsResponse of(Counts counts) {
            Counts known = counts == null ? Counts.NONE : counts;
            return new CountsResponse(known.byStatusInOrder(STATUSES), known.total(), known.overdue(), known.ownerless());
        }
    }

    /** Counters by kind of item: assignments, delegations, tasks. */
    record KindsResponse(CountsResponse assignments, CountsResponse delegations, CountsResponse tasks) {

        static KindsResponse of(Map<String, Counts> byKind) {
            return new KindsResponse(CountsResponse.of(byKind.get(ItemKind.ASSIGNMENT.name())),
                    CountsResponse.of(byKind.get(ItemKind.DELEGATION.name())), CountsResponse.of(byKind.get(ItemKind.TASK.name())));
        }
    }

    /**
     * @param own     the unit's own items
     * @param subtree the unit's items and those of every unit below it
     */
    record UnitResponse(UUID id, String name, KindsResponse own, KindsResponse subtree) {

        static UnitResponse of(StatusOverview.UnitOverview unit) {
            UnitCounts counts = unit.counts() == null ? UnitCounts.NONE : unit.counts();
            return new UnitResponse(unit.unit().id().value(), unit.unit().name(), KindsResponse.of(counts.own()),
                    KindsResponse.of(counts.subtree()));
        }
    }

    record OverviewResponse(int year, UnitResponse unit, List<UnitResponse> children) {
    }

    record PageResponse(List<ItemSummary> items, int page, int size, long total) {

        static PageResponse of(Page<ItemSummary> page) {
            return new PageResponse(page.items(), page.page(), page.size(), page.total());
        }
    }

    private final StatusOverview overview;

    OverviewController(StatusOverview overview) {
        this.overview = overview;
    }

    /**
     * Counts by status for a unit the caller leads (default: the top of their part of the tree) and for each unit
     * directly below it, for the items due in a year (default: this year). Drill down by asking for a child.
     */
    @GetMapping("/api/assignments/overview")
    OverviewResponse overview(Caller caller, @RequestParam(required = false) UUID unitId,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        StatusOverview.Overview view = overview.overview(caller, unitId == null ? null : new OrgUnitId(unitId),
                year != null ? year : LocalDate.now(no.virksomhetsplan.assignments.assignment.domain.Actor.NORWAY).getYear());
        return new OverviewResponse(view.year(), UnitResponse.of(view.unit()), view.children().stream().map(UnitResponse::of).toList());
    }

    /** The overdue open items in the subtree of a unit the caller leads, earliest deadline first. */
    @GetMapping("/api/assignments/overview/overdue")
    PageResponse overdue(Caller caller, @RequestParam(required = false) UUID unitId,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return PageResponse.of(overview.flagged(caller, unitId == null ? null : new OrgUnitId(unitId), false, year, page, size));
    }

    /** The open items without an owner (nobody responsible, or someone who has left) in the subtree of a unit the caller leads. */
    @GetMapping("/api/assignments/overview/ownerless")
    PageResponse ownerless(Caller caller, @RequestParam(required = false) UUID unitId,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return PageResponse.of(overview.flagged(caller, unitId == null ? null : new OrgUnitId(unitId), true, year, page, size));
    }
}
