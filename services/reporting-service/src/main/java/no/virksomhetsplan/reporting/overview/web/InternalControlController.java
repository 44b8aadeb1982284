package no.virksomhetsplan.reporting.overview.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.platform.security.Caller;
import no.virksomhetsplan.reporting.overview.application.InternalControlOverview;
import no.virksomhetsplan.reporting.projection.application.InternalControl;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InternalControlController {

    /**
     * @param counts GIVEN, ANSWERED, NOT_ANSWERED, NOT_ANSWERED_LATE (checklists of the year's distributions),
     *               DEVIATIONS_RAISED and RAISED_HIGH/MEDIUM/LOW (raised in the year), DEVIATIONS_CLOSED, CLOSED_ON_TIME
     *               and CLOSED_LATE (against the follow-up deadline), DEVIATIONS_OPEN, OPEN_HIGH/MEDIUM/LOW and OPEN_OVERDUE
     */
    record AreaResponse(String area, Map<String, Long> counts) {
    }

    record UnitFiguresResponse(UUID id, String name, Map<String, Long> counts) {
    }

    /**
     * @param byArea per area (INTERNAL_CONTROL, HSE, QUALITY, HR, OTHER) with checklists or deviations in the year
     * @param total  every area together
     * @param byUnit each unit directly below, every area together
     */
    record InternalControlResponse(int year, UUID unitId, String unitName, List<AreaResponse> byArea,
            Map<String, Long> total, List<UnitFiguresResponse> byUnit) {
    }

    private final InternalControlOverview overview;

    InternalControlController(InternalControlOverview overview) {
        this.overview = overview;
    }

    /**
     * The internal-control figures of a unit the caller leads (default: the top of their part of the tree) and every unit
     * below it for a year, as they are now. The annual report to the council (kommuneloven § 25-2) is the municipality's
     * year report, filled with these figures and approved in the report workflow.
     */
    @GetMapping("/api/reporting/internal-control")
    InternalControlResponse internalControl(Caller caller, @RequestParam(required = false) UUID unitId,
            @RequestParam @Min(2000) @Max(2100) int year) {
        InternalControl.Figures figures = overview.of(caller, unitId, year);
        return new InternalControlResponse(year, figures.unit().id(), figures.unit().name(),
                figures.byArea().entrySet().stream().map(e -> new AreaResponse(e.getKey(), e.getValue().counts())).toList(),
                figures.total().counts(),
                figures.byUnit().stream().map(u -> new UnitFiguresResponse(u.unit().id(), u.unit().name(),
                        u.figures().counts())).toList());
    }
}
