package no.virksomhetsplan.contracts;

import java.util.List;
import no.virksomhetsplan.contracts.indicators.IndicatorCreated;
import no.virksomhetsplan.contracts.indicators.IndicatorUpdated;
import no.virksomhetsplan.contracts.indicators.ValueRecorded;
import no.virksomhetsplan.contracts.indicators.ValuesRecorded;
import no.virksomhetsplan.contracts.assignments.AssignmentChanged;
import no.virksomhetsplan.contracts.assignments.DeadlineReminder;
import no.virksomhetsplan.contracts.assignments.DelegationChanged;
import no.virksomhetsplan.contracts.assignments.OverdueEscalated;
import no.virksomhetsplan.contracts.assignments.TaskChanged;
import no.virksomhetsplan.contracts.assignments.WeeklyDigestSent;
import no.virksomhetsplan.contracts.checklists.AnswersSaved;
import no.virksomhetsplan.contracts.checklists.ChecklistDistributed;
import no.virksomhetsplan.contracts.checklists.ChecklistTemplateChanged;
import no.virksomhetsplan.contracts.checklists.DeviationClosed;
import no.virksomhetsplan.contracts.checklists.DeviationRaised;
import no.virksomhetsplan.contracts.checklists.DistributionClosed;
import no.virksomhetsplan.contracts.checklists.ResponseSubmitted;
import no.virksomhetsplan.contracts.org.OrgUnitClosed;
import no.virksomhetsplan.contracts.org.OrgUnitCreated;
import no.virksomhetsplan.contracts.org.OrgUnitMoved;
import no.virksomhetsplan.contracts.org.OrgUnitUpdated;
import no.virksomhetsplan.contracts.plans.GoalCreated;
import no.virksomhetsplan.contracts.plans.GoalUpdated;
import no.virksomhetsplan.contracts.plans.AssignmentLetterAcknowledged;
import no.virksomhetsplan.contracts.plans.AssignmentLetterDrafted;
import no.virksomhetsplan.contracts.plans.AssignmentLetterSent;
import no.virksomhetsplan.contracts.plans.LeaderAgreementAcknowledged;
import no.virksomhetsplan.contracts.plans.LeaderAgreementAgreed;
import no.virksomhetsplan.contracts.plans.LeaderAgreementDrafted;
import no.virksomhetsplan.contracts.plans.MunicipalitySettingsChanged;
import no.virksomhetsplan.contracts.plans.PlanYearChanged;
import no.virksomhetsplan.contracts.plans.UnitGoalsChanged;

/**
 * Every published event type. The contract tests check each one against its JSON Schema, and the event
 * catalogue (docs/events/asyncapi.yaml) must list each one: add a new type here when you add it.
 */
public final class EventTypes {

    public static final List<Class<? extends IntegrationEvent>> ALL = List.of(
            OrgUnitCreated.class,
            OrgUnitUpdated.class,
            OrgUnitMoved.class,
            OrgUnitClosed.class,
            PlanYearChanged.class,
            GoalCreated.class,
            GoalUpdated.class,
            UnitGoalsChanged.class,
            AssignmentLetterDrafted.class,
            AssignmentLetterSent.class,
            AssignmentLetterAcknowledged.class,
            LeaderAgreementDrafted.class,
            LeaderAgreementAcknowledged.class,
            LeaderAgreementAgreed.class,
            MunicipalitySettingsChanged.class,
            IndicatorCreated.class,
            IndicatorUpdated.class,
            ValueRecorded.class,
            ValuesRecorded.class,
            AssignmentChanged.class,
            DelegationChanged.class,
            TaskChanged.class,
            DeadlineReminder.class,
            OverdueEscalated.class,
            WeeklyDigestSent.class,
            ChecklistTemplateChanged.class,
            ChecklistDistributed.class,
            DistributionClosed.class,
            AnswersSaved.class,
            ResponseSubmitted.class,
            DeviationRaised.class,
            DeviationClosed.class);

    private EventTypes() {
    }

    /** The versioned type name of an event class (its {@code TYPE} constant). */
    public static String typeOf(Class<? extends IntegrationEvent> eventClass) {
        try {
            return (String) eventClass.getField("TYPE").get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(eventClass.getName() + " has no public static TYPE constant", e);
        }
    }
}
