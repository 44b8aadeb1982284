package no.virksomhetsplan.plans.goal.application;

import java.math.BigDecimal;
import java.util.List;
import no.virksomhetsplan.plans.goal.domain.Goal;
import no.virksomhetsplan.plans.goal.domain.GoalId;
import no.virksomhetsplan.plans.goal.domain.Goals;
import no.virksomhetsplan.plans.goal.domain.MeasureIndicatorId;
import no.virksomhetsplan.plans.goal.domain.TrafficLight;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnit;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnits;
import no.virksomhetsplan.platform.domain.ForbiddenException;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of goals, limited to those that concern the caller (see {@link GoalAccess}). */
@Service
@Transactional(readOnly = true)
public class GoalQueries {

    private final Goals goals;
    private final OrgUnits units;
    private final GoalAccess access;

    GoalQueries(Goals goals, OrgUnits units, GoalAccess access) {
        this.goals = goals;
        this.units = units;
        this.access = access;
    }

    public Goal goal(Caller caller, GoalId id) {
        Goal goal = goals.find(caller.tenant(), id).orElseThrow(() -> new NotFoundException("No such goal in your municipality."));
        OrgUnit owner = units.find(caller.tenant(), goal.ownerUnitId()).orElseThrow();
        if (!access.maySeeGoalOf(caller, owner)) {
            throw new ForbiddenException("The goal belongs to " + owner.name() + ", which is outside your line of the organisation.");
        }
        return goal;
    }

    /**
     * The goals that concern the caller, the most general first.
     *
     * @param year null for every year, otherwise only goals covering that plan year
     */
    public List<Goal> goals(Caller caller, Integer year) {
        if (access.seesEverything(caller)) {
            return goals.all(caller.tenant(), year);
        }
        return goals.ownedBy(caller.tenant(), access.visibleOwners(caller), year);
    }

    /** What an actual value would show against one of the goal's measure indicators. */
    public TrafficLight trafficLight(Caller caller, GoalId goalId, MeasureIndicatorId indicatorId, BigDecimal actualValue) {
        return goal(caller, goalId).indicator(indicatorId)
                .orElseThrow(() -> new NotFoundException("The goal has no measure indicator " + indicatorId + "."))
                .trafficLight(actualValue);
    }
}
