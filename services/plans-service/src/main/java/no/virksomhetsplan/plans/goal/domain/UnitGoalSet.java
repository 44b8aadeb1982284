package no.virksomhetsplan.plans.goal.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.virksomhetsplan.contracts.plans.UnitGoalsChanged;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnit;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;
import no.virksomhetsplan.platform.domain.ConflictException;
import no.virksomhetsplan.platform.domain.RuleViolationException;

/**
 * The goals a superior has ticked as applying to a unit in one plan year: exactly what the unit sees as its goals.
 * A unit can only be given goals from its own line (set by itself or a unit above it) that cover the year.
 *
 * @param version 0 while nobody has ticked anything for the unit and year
 */
public record UnitGoalSet(String tenant, OrgUnitId unitId, int year, Set<GoalId> goalIds, long version) {

    public UnitGoalSet {
        Objects.requireNonNull(tenant);
        Objects.requireNonNull(unitId);
        goalIds = Set.copyOf(goalIds);
    }

    /** The set of a unit and year nobody has ticked anything for yet. */
    public static UnitGoalSet none(String tenant, OrgUnitId unitId, int year) {
        return new UnitGoalSet(tenant, unitId, year, Set.of(), 0);
    }

    /**
     * Replaces the whole set, as decided by someone who saw it at {@code basedOnVersion}.
     *
     * @return the change, or empty if the set already was exactly this
     * @throws ConflictException if someone changed the set since {@code basedOnVersion}
     */
    public Optional<Changed> replaceWith(long basedOnVersion, Collection<Goal> goals, OrgUnit unit) {
        if (basedOnVersion != version) {
            throw new ConflictException("The goals of " + unit.name() + " for " + year + " were changed by someone else: you saw version "
                    + basedOnVersion + ", they are now at version " + version + ". Reload them and try again.");
        }
        goals.forEach(goal -> requireFits(goal, unit));
        return changedTo(goals.stream().map(Goal::id).collect(Collectors.toSet()));
    }

    /** Adds one goal; ticking a goal that is already there changes nothing. */
    public Optional<Changed> tick(Goal goal, OrgUnit unit) {
        requireFits(goal, unit);
        Set<GoalId> ticked = new HashSet<>(goalIds);
        ticked.add(goal.id());
        return changedTo(ticked);
    }

    /** Removes one goal; unticking a goal that is not there changes nothing. */
    public Optional<Changed> untick(GoalId goal) {
        Set<GoalId> ticked = new HashSet<>(goalIds);
        ticked.remove(goal);
        return changedTo(ticked);
    }

    /** The set after a change, with the event that carries the whole new set. */
    public record Changed(UnitGoalSet set, UnitGoalsChanged event) {
    }

    private Optional<Changed> changedTo(Set<GoalId> ticked) {
        if (ticked.equals(goalIds)) {
            return Optional.empty();
        }
        UnitGoalSet changed = new UnitGoalSet(tenant, unitId, year, ticked, version + 1);
        return Optional.of(new Changed(changed, new UnitGoalsChanged(unitId.value(), year,
                ticked.stream().map(GoalId::value).sorted().toList(), changed.version)));
    }

    private void requireFits(Goal goal, OrgUnit unit) {
        if (!unit.id().equals(unitId) || !unit.tenant().equals(tenant) || !goal.tenant().equals(tenant)) {
            throw new IllegalArgumentException("the unit and the goal must be this set's, in its municipality");
        }
        if (!goal.years().covers(year)) {
            throw new RuleViolationException("The goal '" + goal.title() + "' covers " + goal.years() + ", not " + year + ".");
        }
        if (!goal.ownerUnitId().equals(unit.id()) && !unit.ancestorIds().contains(goal.ownerUnitId())) {
            throw new RuleViolationException("The goal '" + goal.title() + "' was set by a unit that is not above " + unit.name()
                    + "; a unit can only be given goals from its own line of the organisation.");
        }
    }
}
