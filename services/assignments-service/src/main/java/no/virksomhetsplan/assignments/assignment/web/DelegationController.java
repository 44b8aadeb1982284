package no.virksomhetsplan.assignments.assignment.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.assignments.assignment.application.AddTask;
import no.virksomhetsplan.assignments.assignment.application.AddTaskCommand;
import no.virksomhetsplan.assignments.assignment.application.AssignmentQueries;
import no.virksomhetsplan.assignments.assignment.application.AssignmentView;
import no.virksomhetsplan.assignments.assignment.application.CancelItem;
import no.virksomhetsplan.assignments.assignment.application.CancelItemCommand;
import no.virksomhetsplan.assignments.assignment.application.ChangeStatus;
import no.virksomhetsplan.assignments.assignment.application.ChangeStatusCommand;
import no.virksomhetsplan.assignments.assignment.application.Delegate;
import no.virksomhetsplan.assignments.assignment.application.DelegateCommand;
import no.virksomhetsplan.assignments.assignment.application.EditItem;
import no.virksomhetsplan.assignments.assignment.application.EditItemCommand;
import no.virksomhetsplan.assignments.assignment.domain.ItemId;
import no.virksomhetsplan.assignments.assignment.domain.ItemKind;
import no.virksomhetsplan.assignments.assignment.web.ItemRequests.CancelRequest;
import no.virksomhetsplan.assignments.assignment.web.ItemRequests.DelegateRequest;
import no.virksomhetsplan.assignments.assignment.web.ItemRequests.DelegationEditRequest;
import no.virksomhetsplan.assignments.assignment.web.ItemRequests.DelegationOrderRequest;
import no.virksomhetsplan.assignments.assignment.web.ItemRequests.StatusRequest;
import no.virksomhetsplan.assignments.assignment.web.ItemRequests.TaskRequest;
import no.virksomhetsplan.assignments.assignment.web.ItemResponses.DelegationInContext;
import no.virksomhetsplan.assignments.assignment.web.ItemResponses.HistoryResponse;
import no.virksomhetsplan.assignments.assignment.web.ItemResponses.TaskInContext;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/assignments/delegations")
class DelegationController {

    private final Delegate delegate;
    private final AddTask addTask;
    private final EditItem edit;
    private final ChangeStatus changeStatus;
    private final CancelItem cancel;
    private final AssignmentQueries queries;

    DelegationController(Delegate delegate, AddTask addTask, EditItem edit, ChangeStatus changeStatus, CancelItem cancel,
            AssignmentQueries queries) {
        this.delegate = delegate;
        this.addTask = addTask;
        this.edit = edit;
        this.changeStatus = changeStatus;
        this.cancel = cancel;
        this.queries = queries;
    }

    /** The delegation with the chain above it (the assignment and the delegations it came through) and what is below it. */
    @GetMapping("/{id}")
    DelegationInContext delegation(Caller caller, @PathVariable UUID id) {
        return ItemResponses.delegation(queries.item(caller, new ItemId(id), ItemKind.DELEGATION));
    }

    /** The delegation's deadline and text (by the delegating side) and responsible person (by the receiving side). */
    @PutMapping("/{id}")
    DelegationInContext edit(Caller caller, @PathVariable UUID id, @Valid @RequestBody DelegationEditRequest request) {
        return ItemResponses.delegation(edit.handle(caller, new EditItemCommand(new ItemId(id), ItemKind.DELEGATION,
                request.version(), null, request.description(), request.responsible(), request.deadline())));
    }

    /** Delegates further down: to units strictly below the delegation's unit. */
    @PostMapping("/{id}/delegations")
    ResponseEntity<DelegationInContext> delegate(Caller caller, @PathVariable UUID id, @Valid @RequestBody DelegateRequest request) {
        Delegate.Delegated delegated = delegate.handle(caller, new DelegateCommand(new ItemId(id), ItemKind.DELEGATION,
                request.delegations().stream().map(DelegationOrderRequest::toOrder).toList()));
        return ResponseEntity.status(HttpStatus.CREATED).body(ItemResponses.delegation(delegated.view()));
    }

    /** Splits the delegation into a task for a person of its unit. */
    @PostMapping("/{id}/tasks")
    ResponseEntity<TaskInContext> addTask(Caller caller, @PathVariable UUID id, @Valid @RequestBody TaskRequest request) {
        AssignmentView view = addTask.handle(caller, new AddTaskCommand(new ItemId(id), request.title(), request.description(),
                request.responsible(), request.deadline()));
        return ResponseEntity.created(URI.create("/api/assignments/tasks/" + view.focus())).body(ItemResponses.task(view));
    }

    @PostMapping("/{id}/status")
    DelegationInContext status(Caller caller, @PathVariable UUID id, @Valid @RequestBody StatusRequest request) {
        return ItemResponses.delegation(changeStatus.handle(caller, new ChangeStatusCommand(new ItemId(id), ItemKind.DELEGATION,
                request.version(), request.status(), request.light(), request.comment(), request.commentDate())));
    }

    @PostMapping("/{id}/cancel")
    DelegationInContext cancel(Caller caller, @PathVariable UUID id, @Valid @RequestBody CancelRequest request) {
        return ItemResponses.delegation(cancel.handle(caller, new CancelItemCommand(new ItemId(id), ItemKind.DELEGATION,
                request.version(), request.reason())));
    }

    @GetMapping("/{id}/history")
    List<HistoryResponse> history(Caller caller, @PathVariable UUID id) {
        return queries.history(caller, new ItemId(id), ItemKind.DELEGATION).stream().map(HistoryResponse::of).toList();
    }
}
