package no.virksomhetsplan.plans.planyear.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import no.virksomhetsplan.plans.planyear.application.PlanYearService;
import no.virksomhetsplan.plans.planyear.domain.PlanYear;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/plans/plan-years")
class PlanYearController {

    record OpenPlanYearRequest(@NotNull @Min(PlanYear.FIRST_YEAR) @Max(PlanYear.LAST_YEAR) Integer year) {
    }

    record PlanYearResponse(int year, String state, long version) {

        static PlanYearResponse of(PlanYear planYear) {
            return new PlanYearResponse(planYear.year(), planYear.state().name(), planYear.version());
        }
    }

    private final PlanYearService planYears;

    PlanYearController(PlanYearService planYears) {
        this.planYears = planYears;
    }

    @GetMapping
    List<PlanYearResponse> all(Caller caller) {
        return planYears.all(caller).stream().map(PlanYearResponse::of).toList();
    }

    @PostMapping
    ResponseEntity<PlanYearResponse> open(Caller caller, @Valid @RequestBody OpenPlanYearRequest request) {
        PlanYear opened = planYears.open(caller, request.year());
        return ResponseEntity.created(URI.create("/api/plans/plan-years/" + opened.year())).body(PlanYearResponse.of(opened));
    }

    @PostMapping("/{year}/activate")
    PlanYearResponse activate(Caller caller, @PathVariable int year) {
        return PlanYearResponse.of(planYears.activate(caller, year));
    }

    @PostMapping("/{year}/close")
    PlanYearResponse close(Caller caller, @PathVariable int year) {
        return PlanYearResponse.of(planYears.close(caller, year));
    }
}
