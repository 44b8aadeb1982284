package no.virksomhetsplan.plans.goal.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import no.virksomhetsplan.plans.goal.application.ReplaceUnitGoalsCommand;
import no.virksomhetsplan.plans.goal.application.TickUnitGoals;
import no.virksomhetsplan.plans.goal.application.UnitGoalCommand;
import no.virksomhetsplan.plans.goal.application.UnitGoalsQueries;
import no.virksomhetsplan.plans.goal.application.UnitGoalsView;
import no.virksomhetsplan.plans.goal.domain.Goal;
import no.virksomhetsplan.plans.goal.domain.GoalId;
import no.virksomhetsplan.plans.goal.domain.UnitGoalSet;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;
import no.virksomhetsplan.plans.planyear.domain.PlanYear;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The goals that apply to a unit in a plan year, as its superiors tick them. */
@RestController
@RequestMapping("/api/plans/org-units/{unitId}/goals")
class UnitGoalController {

    static final int MAX_GOALS_PER_UNIT = 500;

    /** @param version the version of the unit's goals the change is based on (0 when nothing was ticked yet) */
    record ReplaceUnitGoalsRequest(@NotNull Long version, @NotNull @Size(max = MAX_GOALS_PER_UNIT) List<@NotNull UUID> goalIds) {
    }

    record UnitGoalSetResponse(UUID unitId, int year, List<UUID> goalIds, long version) {

        static UnitGoalSetResponse of(UnitGoalSet set) {
            return new UnitGoalSetResponse(set.unitId().value(), set.year(),
                    set.goalIds().stream().map(GoalId::value).sorted().toList(), set.version());
        }
    }

    record ParentGoalResponse(UUID id, String title, String sourceKind, String sourceName) {

        static ParentGoalResponse of(Goal goal) {
            return new ParentGoalResponse(goal.id().value(), goal.title(), goal.source().kind().name(), goal.source().name());
        }
    }

    /** @param parents the goal's parent first, up to the top of its hierarchy */
    record TickedGoalResponse(GoalResponse goal, List<ParentGoalResponse> parents) {
    }

    /** @param version what a whole-set change must name */
    record UnitGoalsResponse(UUID unitId, String unitName, int year, long version, List<TickedGoalResponse> goals) {

        static UnitGoalsResponse of(UnitGoalsView view) {
            return new UnitGoalsResponse(view.unit().id().value(), view.unit().name(), view.set().year(), view.set().version(),
                    view.goals().stream().map(ticked -> new TickedGoalResponse(GoalResponse.of(ticked.goal()),
                            ticked.parents().stream().map(ParentGoalResponse::of).toList())).toList());
        }
    }

    private final UnitGoalsQueries queries;
    private final TickUnitGoals tickUnitGoals;

    UnitGoalController(UnitGoalsQueries queries, TickUnitGoals tickUnitGoals) {
        this.queries = queries;
        this.tickUnitGoals = tickUnitGoals;
    }

    /** Exactly the goals ticked for the unit in the year, with their indicators and the goals above them. */
    @GetMapping
    UnitGoalsResponse goals(Caller caller, @PathVariable UUID unitId,
            @RequestParam @Min(PlanYear.FIRST_YEAR) @Max(PlanYear.LAST_YEAR) int year) {
        return UnitGoalsResponse.of(queries.goalsOf(caller, new OrgUnitId(unitId), year));
    }

    /** Replaces the whole set of goals that apply to the unit in the year. */
    @PutMapping
    UnitGoalSetResponse replace(Caller caller, @PathVariable UUID unitId,
            @RequestParam @Min(PlanYear.FIRST_YEAR) @Max(PlanYear.LAST_YEAR) int year,
            @Valid @RequestBody ReplaceUnitGoalsRequest request) {
        return UnitGoalSetResponse.of(tickUnitGoals.replace(caller, new ReplaceUnitGoalsCommand(new OrgUnitId(unitId), year,
                request.version(), request.goalIds().stream().map(GoalId::new).collect(Collectors.toSet()))));
    }

    /** Ticks one goal for the unit in the year; ticking it again changes nothing. */
    @PutMapping("/{goalId}")
    UnitGoalSetResponse tick(Caller caller, @PathVariable UUID unitId, @PathVariable UUID goalId,
            @RequestParam @Min(PlanYear.FIRST_YEAR) @Max(PlanYear.LAST_YEAR) int year) {
        return UnitGoalSetResponse.of(tickUnitGoals.tick(caller, new UnitGoalCommand(new OrgUnitId(unitId), year, new GoalId(goalId))));
    }

    /** Unticks one goal for the unit in the year; unticking a goal that is not ticked changes nothing. */
    @DeleteMapping("/{goalId}")
    UnitGoalSetResponse untick(Caller caller, @PathVariable UUID unitId, @PathVariable UUID goalId,
            @RequestParam @Min(PlanYear.FIRST_YEAR) @Max(PlanYear.LAST_YEAR) int year) {
        return UnitGoalSetResponse.of(tickUnitGoals.untick(caller, new UnitGoalCommand(new OrgUnitId(unitId), year, new GoalId(goalId))));
    }
}
