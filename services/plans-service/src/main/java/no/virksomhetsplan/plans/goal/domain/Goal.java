package no.virksomhetsplan.plans.goal.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.virksomhetsplan.contracts.plans.GoalCreated;
import no.virksomhetsplan.contracts.plans.GoalSourceData;
import no.virksomhetsplan.contracts.plans.GoalUpdated;
import no.virksomhetsplan.contracts.plans.MeasureIndicatorData;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnit;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;
import no.virksomhetsplan.platform.domain.ConflictException;
import no.virksomhetsplan.platform.domain.RuleViolationException;

/**
 * A goal (mål) of a municipality: from the kommuneplan down through theme plans and the HØP to a unit's own goals,
 * each under the goal it contributes to, each traceable to its source, with the measure indicators that show whether
 * it is reached. The owning unit is the unit whose leader sets and edits it.
 */
public record Goal(
        GoalId id,
        String tenant,
        GoalId parentId,
        OrgUnitId ownerUnitId,
        String title,
        String description,
        GoalSource source,
        YearSpan years,
        List<MeasureIndicator> indicators,
        long version) {

    public static final int MAX_TITLE_LENGTH = 300;
    public static final int MAX_DESCRIPTION_LENGTH = 4000;
    public static final int MAX_INDICATORS = 20;

    public Goal {
        Objects.requireNonNull(id);
        Objects.requireNonNull(tenant);
        Objects.requireNonNull(ownerUnitId);
        title = Texts.blankToNull(title);
        description = Texts.blankToNull(description);
        indicators = List.copyOf(indicators);
        if (title == null) {
            throw new RuleViolationException("A goal needs a title.");
        }
        if (title.length() > MAX_TITLE_LENGTH || (description != null && description.length() > MAX_DESCRIPTION_LENGTH)) {
            throw new RuleViolationException("A goal's title is at most " + MAX_TITLE_LENGTH + " characters and its description at most "
                    + MAX_DESCRIPTION_LENGTH + ".");
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(years, "years");
        if (id.equals(parentId)) {
            throw new RuleViolationException("A goal cannot be placed under itself.");
        }
        if (indicators.size() > MAX_INDICATORS) {
            throw new RuleViolationException("A goal has at most " + MAX_INDICATORS + " measure indicators.");
        }
        Set<String> names = new HashSet<>();
        for (MeasureIndicator indicator : indicators) {
            if (!names.add(indicator.name().toLowerCase(Locale.ROOT))) {
                throw new RuleViolationException("The goal has two measure indicators named '" + indicator.name() + "'.");
            }
        }
    }

    /**
     * A new goal owned by {@code owner}. The caller has checked that the parent goal, if any, exists in the same
     * municipality; a new goal cannot close a cycle.
     */
    public static Created create(String tenant, GoalContent content, OrgUnit owner) {
        requireOwnerFits(tenant, content.source(), owner);
        List<MeasureIndicator> indicators = new ArrayList<>();
        for (IndicatorDraft draft : content.indicators()) {
            if (draft.id() != null) {
                throw new RuleViolationException("A new goal has no measure indicators yet; leave out the indicator id "
                        + draft.id() + ".");
            }
            indicators.add(draft.toIndicator(MeasureIndicatorId.newId()));
        }
        Goal goal = new Goal(GoalId.newId(), tenant, content.parentId(), owner.id(), content.title(), content.description(),
                content.source(), content.years(), indicators, 1);
        return new Created(goal, new GoalCreated(goal.id.value(), parentValue(goal), goal.ownerUnitId.value(), goal.title,
                goal.description, goal.sourceData(), goal.years.fromYear(), goal.years.toYear(), goal.indicatorData(),
                goal.version));
    }

    /**
     * The goal as edited by someone who read it at {@code basedOnVersion}.
     *
     * @param parentLineage the new parent goal and every goal above it, the parent first (empty without a parent)
     * @param yearsInUse    the plan years in which the goal applies to some unit; it must keep covering them
     * @throws ConflictException      if the goal changed since {@code basedOnVersion}
     * @throws RuleViolationException if the new parent lies below this goal, or the years drop a year in use
     */
    public Revised revise(long basedOnVersion, GoalContent content, OrgUnit owner, List<GoalId> parentLineage,
            Set<Integer> yearsInUse) {
        if (basedOnVersion != version) {
            throw new ConflictException("The goal '" + title + "' was changed by someone else: you edited version "
                    + basedOnVersion + ", it is now at version " + version + ". Reload it and try again.");
        }
        requireOwnerFits(tenant, content.source(), owner);
        requireNoCycle(content.parentId(), parentLineage);
        for (int year : yearsInUse.stream().sorted().toList()) {
            if (!content.years().covers(year)) {
                throw new RuleViolationException("The goal applies to units in " + year + ", so its years must still include "
                        + year + "; untick it there first.");
            }
        }
        Goal revised = new Goal(id, tenant, content.parentId(), owner.id(), content.title(), content.description(),
                content.source(), content.years(), reviseIndicators(content.indicators()), version + 1);
        return new Revised(revised, new GoalUpdated(id.value(), parentValue(revised), revised.ownerUnitId.value(),
                revised.title, revised.description, revised.sourceData(), revised.years.fromYear(), revised.years.toYear(),
                revised.indicatorData(), revised.version));
    }

    /** The indicator of this goal with that id, if there is one. */
    public Optional<MeasureIndicator> indicator(MeasureIndicatorId indicatorId) {
        return indicators.stream().filter(indicator -> indicator.id().equals(indicatorId)).findFirst();
    }

    /** A new goal with the event that tells the other services. */
    public record Created(Goal goal, GoalCreated event) {
    }

    /** An edited goal with the event that carries its whole new state. */
    public record Revised(Goal goal, GoalUpdated event) {
    }

    private void requireNoCycle(GoalId newParent, List<GoalId> parentLineage) {
        if (newParent == null) {
            return;
        }
        if (parentLineage.isEmpty() || !parentLineage.get(0).equals(newParent)) {
            throw new IllegalArgumentException("the lineage must start with the new parent " + newParent);
        }
        if (parentLineage.contains(id)) {
            throw new RuleViolationException("The goal '" + title + "' cannot be placed under itself or one of its own sub-goals.");
        }
    }

    private List<MeasureIndicator> reviseIndicators(List<IndicatorDraft> drafts) {
        Map<MeasureIndicatorId, MeasureIndicator> existing = indicators.stream()
                .collect(Collectors.toMap(MeasureIndicator::id, Function.identity()));
        Set<MeasureIndicatorId> kept = new HashSet<>();
        List<MeasureIndicator> revised = new ArrayList<>();
        for (IndicatorDraft draft : drafts) {
            if (draft.id() == null) {
                revised.add(draft.toIndicator(MeasureIndicatorId.newId()));
            } else if (!existing.containsKey(draft.id())) {
                throw new RuleViolationException("The measure indicator " + draft.id() + " is not one of this goal's indicators.");
            } else if (!kept.add(draft.id())) {
                throw new RuleViolationException("The measure indicator " + draft.id() + " is listed twice.");
            } else {
                revised.add(draft.toIndicator(draft.id()));
            }
        }
        return revised;
    }

    private static void requireOwnerFits(String tenant, GoalSource source, OrgUnit owner) {
        if (!owner.tenant().equals(tenant)) {
            throw new IllegalArgumentException("the owner belongs to another municipality");
        }
        if (source.kind() == GoalSourceKind.KOMMUNEPLAN && owner.parentId() != null) {
            throw new RuleViolationException("A kommuneplan goal belongs to the whole municipality: its owner must be the top unit, not "
                    + owner.name() + ".");
        }
    }

    private static UUID parentValue(Goal goal) {
        return goal.parentId == null ? null : goal.parentId.value();
    }

    private GoalSourceData sourceData() {
        return new GoalSourceData(source.kind().name(), source.name(), source.caseNumber(), source.date());
    }

    private List<MeasureIndicatorData> indicatorData() {
        return indicators.stream().map(indicator -> new MeasureIndicatorData(indicator.id().value(), indicator.name(),
                indicator.unitOfMeasure(), indicator.targetValue(), indicator.direction().name(), indicator.yellowLimit(),
                indicator.indicatorKey())).toList();
    }
}
