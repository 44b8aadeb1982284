package no.virksomhetsplan.assignments.assignment.web;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.assignments.assignment.application.AssignmentQueries;
import no.virksomhetsplan.assignments.assignment.application.CancelItem;
import no.virksomhetsplan.assignments.assignment.application.CancelItemCommand;
import no.virksomhetsplan.assignments.assignment.application.ChangeStatus;
import no.virksomhetsplan.assignments.assignment.application.ChangeStatusCommand;
import no.virksomhetsplan.assignments.assignment.application.EditItem;
import no.virksomhetsplan.assignments.assignment.application.EditItemCommand;
import no.virksomhetsplan.assignments.assignment.domain.ItemId;
import no.virksomhetsplan.assignments.assignment.domain.ItemKind;
import no.virksomhetsplan.assignments.assignment.web.ItemRequests.CancelRequest;
import no.virksomhetsplan.assignments.assignment.web.ItemRequests.StatusRequest;
import no.virksomhetsplan.assignments.assignment.web.ItemRequests.TaskRequest;
import no.virksomhetsplan.assignments.assignment.web.ItemResponses.HistoryResponse;
import no.virksomhetsplan.assignments.assignment.web.ItemResponses.TaskInContext;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/assignments/tasks")
class TaskController {

    private final EditItem edit;
    private final ChangeStatus changeStatus;
    private final CancelItem cancel;
    private final AssignmentQueries queries;

    TaskController(EditItem edit, ChangeStatus changeStatus, CancelItem cancel, AssignmentQueries queries) {
        this.edit = edit;
        this.changeStatus = changeStatus;
        this.cancel = cancel;
        this.queries = queries;
    }

    /** The task with the assignment and the delegations above it. */
    @GetMapping("/{id}")
    TaskInContext task(Caller caller, @PathVariable UUID id) {
        return ItemResponses.task(queries.item(caller, new ItemId(id), ItemKind.TASK));
    }

    @PutMapping("/{id}")
    TaskInContext edit(Caller caller, @PathVariable UUID id,
            @Validated({Default.class, ItemRequests.Edit.class}) @RequestBody TaskRequest request) {
        return ItemResponses.task(edit.handle(caller, new EditItemCommand(new ItemId(id), ItemKind.TASK, request.version(),
                request.title(), request.description(), request.responsible(), request.deadline())));
    }

    /** The responsible person (or a leader of the unit) reports the task's status, light and a dated comment. */
    @PostMapping("/{id}/status")
    TaskInContext status(Caller caller, @PathVariable UUID id, @Valid @RequestBody StatusRequest request) {
        return ItemResponses.task(changeStatus.handle(caller, new ChangeStatusCommand(new ItemId(id), ItemKind.TASK,
                request.version(), request.status(), request.light(), request.comment(), request.commentDate())));
    }

    @PostMapping("/{id}/cancel")
    TaskInContext cancel(Caller caller, @PathVariable UUID id, @Valid @RequestBody CancelRequest request) {
        return ItemResponses.task(cancel.handle(caller, new CancelItemCommand(new ItemId(id), ItemKind.TASK, request.version(),
                request.reason())));
    }

    @GetMapping("/{id}/history")
    List<HistoryResponse> history(Caller caller, @PathVariable UUID id) {
        return queries.history(caller, new ItemId(id), ItemKind.TASK).stream().map(HistoryResponse::of).toList();
    }
}
