package no.virksomhetsplan.assignments.assignment.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.assignments.assignment.application.AssignmentView;
import no.virksomhetsplan.assignments.assignment.application.Page;
import no.virksomhetsplan.assignments.assignment.domain.AssignmentDetails;
import no.virksomhetsplan.assignments.assignment.domain.AssignmentSource;
import no.virksomhetsplan.assignments.assignment.domain.HistoryEntry;
import no.virksomhetsplan.assignments.assignment.domain.ItemKind;
import no.virksomhetsplan.assignments.assignment.domain.StatusNote;
import no.virksomhetsplan.assignments.assignment.domain.WorkItem;

/** How the API shows assignments, delegations and tasks. {@code version} is what a change must name. */
final class ItemResponses {

    private ItemResponses() {
    }

    record SourceResponse(String kind, UUID goalId, String body, String caseNumber, LocalDate decisionDate, String decisionText,
            String measure) {

        static SourceResponse of(AssignmentSource source) {
            return new SourceResponse(source.kind().name(), source.goalId(), source.body(), source.caseNumber(),
                    source.decisionDate(), source.decisionText(), source.measure());
        }
    }

    record NoteResponse(String text, LocalDate date, String writtenBy, Instant writtenAt) {

        static NoteResponse of(StatusNote note) {
            return note == null ? null : new NoteResponse(note.text(), note.date(), note.writtenBy(), note.writtenAt());
        }
    }

    /**
     * @param trafficLight what is shown: an overdue item is red
     * @param overdue      open and past its deadline
     * @param ownerless    open with nobody responsible, or with a responsible person who has left
     */
    record AssignmentResponse(UUID id, String type, String title, String description, SourceResponse source,
            boolean includeInMonthlyReport, UUID unitId, String unitName, String responsible, LocalDate deadline, String status,
            String trafficLight, boolean overdue, LocalDate overdueSince, boolean ownerless, NoteResponse statusNote,
            long version, List<DelegationResponse> delegations) {
    }

    record DelegationResponse(UUID id, UUID assignmentId, UUID parentDelegationId, UUID fromUnitId, String fromUnitName,
            UUID unitId, String unitName, String description, String responsible, LocalDate deadline, String status,
            String trafficLight, boolean overdue, LocalDate overdueSince, boolean ownerless, NoteResponse statusNote,
            long version, List<DelegationResponse> delegations, List<TaskResponse> tasks) {
    }

    record TaskResponse(UUID id, UUID assignmentId, UUID delegationId, UUID unitId, String unitName, String title,
            String description, String responsible, LocalDate deadline, String status, String trafficLight, boolean overdue,
            LocalDate overdueSince, boolean ownerless, NoteResponse statusNote, long version) {
    }

    /** A delegation with the assignment and the delegations above it (the chain up) and what is below it. */
    record DelegationInContext(AssignmentResponse assignment, List<DelegationResponse> chain, DelegationResponse delegation) {
    }

    /** A task with the assignment and the delegations above it. */
    record TaskInContext(AssignmentResponse assignment, List<DelegationResponse> chain, TaskResponse task) {
    }

    record PageResponse<T>(List<T> items, int page, int size, long total) {

        static <T> PageResponse<T> of(Page<T> page) {
            return new PageResponse<>(page.items(), page.page(), page.size(), page.total());
        }
    }

    record HistoryResponse(String change, String by, Instant at, long version, String statusBefore, String status,
            String trafficLight, String responsibleBefore, String responsible, LocalDate deadlineBefore, LocalDate deadline,
            String comment, LocalDate commentDate, String reason) {

        static HistoryResponse of(HistoryEntry entry) {
            return new HistoryResponse(entry.change().name(), entry.by(), entry.at(), entry.version(),
                    entry.statusBefore() == null ? null : entry.statusBefore().name(), entry.status().name(), entry.light().name(),
                    entry.responsibleBefore(), entry.responsible(), entry.deadlineBefore(), entry.deadline(), entry.noteText(),
                    entry.noteDate(), entry.comment());
        }
    }

    /** The assignment with every delegation and task below it that the caller may see. */
    static AssignmentResponse assignment(AssignmentView view) {
        return assignment(view, true);
    }

    static DelegationInContext delegation(AssignmentView view) {
        WorkItem delegation = view.focused();
        return new DelegationInContext(assignment(view, false), chain(view, delegation), delegation(view, delegation, true));
    }

    static TaskInContext task(AssignmentView view) {
        WorkItem task = view.focused();
        return new TaskInContext(assignment(view, false), chain(view, task), task(view, task));
    }

    private static List<DelegationResponse> chain(AssignmentView view, WorkItem item) {
        return view.assignment().chainAbove(item.id()).stream().filter(above -> above.kind() == ItemKind.DELEGATION)
                .map(above -> delegation(view, above, false)).toList();
    }

    private static AssignmentResponse assignment(AssignmentView view, boolean withParts) {
        WorkItem root = view.assignment().root();
        AssignmentDetails details = view.assignment().details();
        return new AssignmentResponse(root.id().value(), details.typeCode(), root.title(), root.description(),
                SourceResponse.of(details.source()), details.includeInMonthlyReport(), root.unitId().value(),
                view.unitName(root.unitId()), root.responsible(), root.deadline(), root.status().name(), root.shownLight().name(),
                root.isOverdue(), root.overdueSince(), root.isOwnerless(), NoteResponse.of(root.note()), root.version(),
                withParts ? view.visibleParts(root.id()).stream().filter(part -> part.kind() == ItemKind.DELEGATION)
                        .map(part -> delegation(view, part, true)).toList() : List.of());
    }

    private static DelegationResponse delegation(AssignmentView view, WorkItem item, boolean withParts) {
        List<WorkItem> parts = withParts ? view.visibleParts(item.id()) : List.of();
        return new DelegationResponse(item.id().value(), item.assignmentId().value(),
                item.parentId().equals(item.assignmentId()) ? null : item.parentId().value(), item.fromUnitId().value(),
                view.unitName(item.fromUnitId()), item.unitId().value(), view.unitName(item.unitId()), item.description(),
                item.responsible(), item.deadline(), item.status().name(), item.shownLight().name(), item.isOverdue(),
                item.overdueSince(), item.isOwnerless(), NoteResponse.of(item.note()), item.version(),
                parts.stream().filter(part -> part.kind() == ItemKind.DELEGATION).map(part -> delegation(view, part, true)).toList(),
                parts.stream().filter(part -> part.kind() == ItemKind.TASK).map(part -> task(view, part)).toList());
    }

    private static TaskResponse task(AssignmentView view, WorkItem item) {
        return new TaskResponse(item.id().value(), item.assignmentId().value(), item.parentId().value(), item.unitId().value(),
                view.unitName(item.unitId()), item.title(), item.description(), item.responsible(), item.deadline(),
                item.status().name(), item.shownLight().name(), item.isOverdue(), item.overdueSince(), item.isOwnerless(),
                NoteResponse.of(item.note()), item.version());
    }
}
