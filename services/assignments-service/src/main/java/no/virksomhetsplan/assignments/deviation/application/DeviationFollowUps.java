package no.virksomhetsplan.assignments.deviation.application;

import java.util.Optional;
import no.virksomhetsplan.assignments.assignment.application.ChangeRecorder;
import no.virksomhetsplan.assignments.assignment.domain.Actor;
import no.virksomhetsplan.assignments.assignment.domain.Assignee;
import no.virksomhetsplan.assignments.assignment.domain.Assignment;
import no.virksomhetsplan.assignments.assignment.domain.AssignmentSource;
import no.virksomhetsplan.assignments.assignment.domain.Assignments;
import no.virksomhetsplan.assignments.assignment.domain.ItemId;
import no.virksomhetsplan.assignments.person.application.PersonDirectory;
import no.virksomhetsplan.contracts.checklists.DeviationRaised;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import no.virksomhetsplan.platform.orgtree.OrgUnit;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;
import no.virksomhetsplan.platform.orgtree.Units;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deviation raised in a checklist is followed up as an assignment of the deviation's unit, with the id the deviation
 * names, so checklists-service knows it when its completion (an assignment-changed event with status DONE) comes back.
 * A task always belongs to a delegation; a follow-up has none above it, so it is an assignment of its own.
 */
@Service
public class DeviationFollowUps {

    static final int MAX_TITLE = Assignment.MAX_TITLE_LENGTH;
    static final int MAX_DESCRIPTION = Assignment.MAX_DESCRIPTION_LENGTH;

    private final Assignments assignments;
    private final Units units;
    private final PersonDirectory people;
    private final ChangeRecorder recorder;
    private final String type;

    DeviationFollowUps(Assignments assignments, Units units, PersonDirectory people, ChangeRecorder recorder,
            @Value("${virksomhetsplan.deviations.follow-up-type:TILTAK}") String type) {
        this.assignments = assignments;
        this.units = units;
        this.people = people;
        this.recorder = recorder;
        this.type = type;
    }

    /**
     * Creates the follow-up in the consumer's transaction; an existing one is left as it is.
     *
     * @throws IllegalStateException if the unit is not in the org-tree replica yet (the record is retried)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void followUp(String tenant, DeviationRaised deviation) {
        ItemId id = new ItemId(deviation.followUpId());
        if (assignments.find(tenant, id).isPresent()) {
            return;
        }
        OrgUnit unit = units.findEvenClosed(tenant, new OrgUnitId(deviation.unitId()))
                .orElseThrow(() -> new IllegalStateException("unit " + deviation.unitId() + " of deviation "
                        + deviation.deviationId() + " is not in the org-tree replica"));
        Assignee responsible = assignee(tenant, deviation.responsible(), unit).orElse(null);
        Assignment.Content content = new Assignment.Content(type, abbreviated("Avvik: " + deviation.description(), MAX_TITLE),
                abbreviated("Avvik fra sjekklisten «" + deviation.checklistTitle() + "», spørsmålet «" + deviation.questionText()
                        + "» (alvorlighet " + deviation.severity() + "): " + deviation.description(), MAX_DESCRIPTION),
                AssignmentSource.NONE, false, deviation.deadline());
        recorder.save(Assignment.create(tenant, id, content, unit, responsible, new Actor(deviation.raisedBy(), deviation.raisedAt())));
    }

    /** The responsible person if they are known here and belong to the unit; otherwise the follow-up is ownerless. */
    private Optional<Assignee> assignee(String tenant, String username, OrgUnit unit) {
        try {
            Assignee assignee = people.requireAssignee(tenant, username);
            return assignee.belongsWithin(unit.id()) ? Optional.of(assignee) : Optional.empty();
        } catch (RuleViolationException unknown) {
            return Optional.empty();
        }
    }

    private static String abbreviated(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
