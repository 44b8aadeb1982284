package no.virksomhetsplan.assignments.assignment.domain;

import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;
import no.virksomhetsplan.contracts.assignments.AssignmentChanged;
import no.virksomhetsplan.contracts.assignments.AssignmentSourceData;
import no.virksomhetsplan.contracts.assignments.DelegationChanged;
import no.virksomhetsplan.contracts.assignments.StatusNoteData;
import no.virksomhetsplan.contracts.assignments.TaskChanged;

/**
 * What one operation on an assignment did: the items it changed (each with its new version) and the items whose
 * reminder or escalation marks changed (which is bookkeeping: no new version, no event).
 */
public record Changes(Assignment assignment, List<ItemChange> changes, List<Mark> marked) {

    /** An item whose reminder, escalation or has-left mark changed: before and after, with the same version. */
    public record Mark(WorkItem before, WorkItem after) {
    }

    public Changes {
        changes = List.copyOf(changes);
        marked = List.copyOf(marked);
    }

    public boolean isEmpty() {
        return changes.isEmpty() && marked.isEmpty();
    }

    /** One event per changed item, carrying its whole state: what other services are told. */
    public List<IntegrationEvent> events() {
        return changes.stream().map(this::event).toList();
    }

    private IntegrationEvent event(ItemChange change) {
        WorkItem item = change.after();
        UUID parent = item.parentId() == null ? null : item.parentId().value();
        StatusNoteData note = item.note() == null ? null
                : new StatusNoteData(item.note().text(), item.note().date(), item.note().writtenBy(), item.note().writtenAt());
        String light = item.shownLight().name();
        return switch (item.kind()) {
            case ASSIGNMENT -> {
                AssignmentDetails details = assignment.details();
                AssignmentSource source = details.source();
                yield new AssignmentChanged(item.id().value(), item.unitId().value(), details.typeCode(), item.title(),
                        item.description(), new AssignmentSourceData(source.kind().name(), source.goalId(), source.body(),
                                source.caseNumber(), source.decisionDate(), source.decisionText(), source.measure()),
                        details.includeInMonthlyReport(), item.responsible(), item.deadline(), item.status().name(), light,
                        item.overdueSince(), note, change.kind().name(), change.by(), change.at(), item.version());
            }
            case DELEGATION -> new DelegationChanged(item.id().value(), item.assignmentId().value(),
                    item.parentId().equals(item.assignmentId()) ? null : parent, item.fromUnitId().value(), item.unitId().value(),
                    item.description(), item.responsible(), item.deadline(), item.status().name(), light, item.overdueSince(),
                    note, change.kind().name(), change.by(), change.at(), item.version());
            case TASK -> new TaskChanged(item.id().value(), item.assignmentId().value(), parent, item.unitId().value(),
                    item.title(), item.description(), item.responsible(), item.deadline(), item.status().name(), light,
                    item.overdueSince(), note, change.kind().name(), change.by(), change.at(), item.version());
        };
    }
}
