package no.virksomhetsplan.plans.goal.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.plans.goal.application.CreateGoal;
import no.virksomhetsplan.plans.goal.application.CreateGoalCommand;
import no.virksomhetsplan.plans.goal.application.GoalQueries;
import no.virksomhetsplan.plans.goal.application.ReviseGoal;
import no.virksomhetsplan.plans.goal.application.ReviseGoalCommand;
import no.virksomhetsplan.plans.goal.domain.Direction;
import no.virksomhetsplan.plans.goal.domain.Goal;
import no.virksomhetsplan.plans.goal.domain.GoalContent;
import no.virksomhetsplan.plans.goal.domain.GoalId;
import no.virksomhetsplan.plans.goal.domain.GoalSource;
import no.virksomhetsplan.plans.goal.domain.GoalSourceKind;
import no.virksomhetsplan.plans.goal.domain.IndicatorDraft;
import no.virksomhetsplan.plans.goal.domain.MeasureIndicator;
import no.virksomhetsplan.plans.goal.domain.MeasureIndicatorId;
import no.virksomhetsplan.plans.goal.domain.TrafficLight;
import no.virksomhetsplan.plans.goal.domain.YearSpan;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;
import no.virksomhetsplan.plans.planyear.domain.PlanYear;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/plans/goals")
class GoalController {

    /** Validation group of what only an edit needs: the version it was based on. */
    interface Edit {
    }

    record SourceRequest(
            @NotNull GoalSourceKind kind,
            @NotBlank @Size(max = GoalSource.MAX_NAME_LENGTH) String name,
            @Size(max = GoalSource.MAX_CASE_NUMBER_LENGTH) String caseNumber,
            LocalDate date) {
    }

    /** @param id an existing indicator's id when editing a goal; absent for a new indicator */
    record IndicatorRequest(
            UUID id,
            @NotBlank @Size(max = MeasureIndicator.MAX_NAME_LENGTH) String name,
            @NotBlank @Size(max = MeasureIndicator.MAX_UNIT_LENGTH) String unitOfMeasure,
            @NotNull @Digits(integer = 15, fraction = 6) BigDecimal targetValue,
            @NotNull Direction direction,
            @Digits(integer = 15, fraction = 6) BigDecimal yellowLimit,
            @Size(max = MeasureIndicator.MAX_KEY_LENGTH) String indicatorKey) {

        IndicatorDraft toDraft() {
            return new IndicatorDraft(id == null ? null : new MeasureIndicatorId(id), name, unitOfMeasure, targetValue, direction,
                    yellowLimit, indicatorKey);
        }
    }

    /**
     * @param ownerUnitId on creation, absent means the top unit for a kommuneplan goal and the caller's own unit
     *                    otherwise; on an edit, absent keeps the current owner
     * @param version     required on an edit: the version the edit is based on
     */
    record GoalRequest(
            @NotNull(groups = Edit.class) Long version,
            UUID parentId,
            UUID ownerUnitId,
            @NotBlank @Size(max = Goal.MAX_TITLE_LENGTH) String title,
            @Size(max = Goal.MAX_DESCRIPTION_LENGTH) String description,
            @NotNull @Valid SourceRequest source,
            @NotNull @Min(PlanYear.FIRST_YEAR) @Max(PlanYear.LAST_YEAR) Integer fromYear,
            @NotNull @Min(PlanYear.FIRST_YEAR) @Max(PlanYear.LAST_YEAR) Integer toYear,
            @Size(max = Goal.MAX_INDICATORS) List<@NotNull @Valid IndicatorRequest> indicators) {

        OrgUnitId owner() {
            return ownerUnitId == null ? null : new OrgUnitId(ownerUnitId);
        }

        GoalContent toContent() {
            return new GoalContent(parentId == null ? null : new GoalId(parentId), title, description,
                    new GoalSource(source.kind(), source.name(), source.caseNumber(), source.date()),
                    new YearSpan(fromYear, toYear),
                    indicators == null ? List.of() : indicators.stream().map(IndicatorRequest::toDraft).toList());
        }
    }

    record TrafficLightResponse(BigDecimal actualValue, TrafficLight light) {
    }

    private final CreateGoal createGoal;
    private final ReviseGoal reviseGoal;
    private final GoalQueries queries;

    GoalController(CreateGoal createGoal, ReviseGoal reviseGoal, GoalQueries queries) {
        this.createGoal = createGoal;
        this.reviseGoal = reviseGoal;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<GoalResponse> create(Caller caller, @Valid @RequestBody GoalRequest request) {
        Goal goal = createGoal.handle(caller, new CreateGoalCommand(request.owner(), request.toContent()));
        return ResponseEntity.created(URI.create("/api/plans/goals/" + goal.id())).body(GoalResponse.of(goal));
    }

    /** The goals that concern the caller, the most general first; with {@code year}, only those covering it. */
    @GetMapping
    List<GoalResponse> goals(Caller caller,
            @RequestParam(required = false) @Min(PlanYear.FIRST_YEAR) @Max(PlanYear.LAST_YEAR) Integer year) {
        return queries.goals(caller, year).stream().map(GoalResponse::of).toList();
    }

    @GetMapping("/{id}")
    GoalResponse goal(Caller caller, @PathVariable UUID id) {
        return GoalResponse.of(queries.goal(caller, new GoalId(id)));
    }

    /** Replaces the goal's content and indicators; indicators sent with their id keep it, those left out are removed. */
    @PutMapping("/{id}")
    GoalResponse revise(Caller caller, @PathVariable UUID id,
            @Validated({Default.class, Edit.class}) @RequestBody GoalRequest request) {
        return GoalResponse.of(reviseGoal.handle(caller,
                new ReviseGoalCommand(new GoalId(id), request.version(), request.owner(), request.toContent())));
    }

    /** The traffic light an actual value would get against one of the goal's measure indicators. */
    @GetMapping("/{id}/indicators/{indicatorId}/traffic-light")
    TrafficLightResponse trafficLight(Caller caller, @PathVariable UUID id, @PathVariable UUID indicatorId,
            @RequestParam BigDecimal actual) {
        return new TrafficLightResponse(actual,
                queries.trafficLight(caller, new GoalId(id), new MeasureIndicatorId(indicatorId), actual));
    }
}
