package no.virksomhetsplan.assignments.assignment.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.groups.Default;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.assignments.assignment.application.AssignmentQueries;
import no.virksomhetsplan.assignments.assignment.application.AssignmentView;
import no.virksomhetsplan.assignments.assignment.application.CancelItem;
import no.virksomhetsplan.assignments.assignment.application.CancelItemCommand;
import no.virksomhetsplan.assignments.assignment.application.ChangeStatus;
import no.virksomhetsplan.assignments.assignment.application.ChangeStatusCommand;
import no.virksomhetsplan.assignments.assignment.application.CreateAssignment;
import no.virksomhetsplan.assignments.assignment.application.CreateAssignmentCommand;
import no.virksomhetsplan.assignments.assignment.application.Delegate;
import no.virksomhetsplan.assignments.assignment.application.DelegateCommand;
import no.virksomhetsplan.assignments.assignment.application.Page;
import no.virksomhetsplan.assignments.assignment.application.ReviseAssignment;
import no.virksomhetsplan.assignments.assignment.application.ReviseAssignmentCommand;
import no.virksomhetsplan.assignments.assignment.domain.ItemId;
import no.virksomhetsplan.assignments.assignment.domain.ItemKind;
import no.virksomhetsplan.assignments.assignment.web.ItemRequests.AssignmentRequest;
import no.virksomhetsplan.assignments.assignment.web.ItemRequests.CancelRequest;
import no.virksomhetsplan.assignments.assignment.web.ItemRequests.DelegateRequest;
import no.virksomhetsplan.assignments.assignment.web.ItemRequests.DelegationOrderRequest;
import no.virksomhetsplan.assignments.assignment.web.ItemRequests.StatusRequest;
import no.virksomhetsplan.assignments.assignment.web.ItemResponses.AssignmentResponse;
import no.virksomhetsplan.assignments.assignment.web.ItemResponses.HistoryResponse;
import no.virksomhetsplan.assignments.assignment.web.ItemResponses.PageResponse;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/assignments/assignments")
class AssignmentController {

    private final CreateAssignment create;
    private final ReviseAssignment revise;
    private final Delegate delegate;
    private final ChangeStatus changeStatus;
    private final CancelItem cancel;
    private final AssignmentQueries queries;

    AssignmentController(CreateAssignment create, ReviseAssignment revise, Delegate delegate, ChangeStatus changeStatus,
            CancelItem cancel, AssignmentQueries queries) {
        this.create = create;
        this.revise = revise;
        this.delegate = delegate;
        this.changeStatus = changeStatus;
        this.cancel = cancel;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<AssignmentResponse> create(Caller caller, @Valid @RequestBody AssignmentRequest request) {
        AssignmentView created = create.handle(caller, new CreateAssignmentCommand(request.unit(), request.toContent(),
                request.responsible()));
        return ResponseEntity.created(URI.create("/api/assignments/assignments/" + created.assignment().id()))
                .body(ItemResponses.assignment(created));
    }

    /** Assignments owned by or delegated to a unit the caller leads (default: their own), newest first. */
    @GetMapping
    PageResponse<AssignmentResponse> concerning(Caller caller, @RequestParam(required = false) UUID unitId,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return PageResponse.of(queries.concerning(caller, unitId == null ? null : new OrgUnitId(unitId), year, page, size)
                .map(ItemResponses::assignment));
    }

    /** The assignment with every delegation and task below it that the caller may see. */
    @GetMapping("/{id}")
    AssignmentResponse assignment(Caller caller, @PathVariable UUID id) {
        return ItemResponses.assignment(queries.item(caller, new ItemId(id), ItemKind.ASSIGNMENT));
    }

    @PutMapping("/{id}")
    AssignmentResponse revise(Caller caller, @PathVariable UUID id,
            @Validated({Default.class, ItemRequests.Edit.class}) @RequestBody AssignmentRequest request) {
        return ItemResponses.assignment(revise.handle(caller, new ReviseAssignmentCommand(new ItemId(id), request.version(),
                request.toContent(), request.responsible())));
    }

    /** Delegates the assignment to one or more units: its own unit or units below it. */
    @PostMapping("/{id}/delegations")
    ResponseEntity<AssignmentResponse> delegate(Caller caller, @PathVariable UUID id, @Valid @RequestBody DelegateRequest request) {
        Delegate.Delegated delegated = delegate.handle(caller, new DelegateCommand(new ItemId(id), ItemKind.ASSIGNMENT,
                request.delegations().stream().map(DelegationOrderRequest::toOrder).toList()));
        return ResponseEntity.status(HttpStatus.CREATED).body(ItemResponses.assignment(delegated.view()));
    }

    /** Sets the status of an assignment that is not delegated, or writes a status comment on any assignment. */
    @PostMapping("/{id}/status")
    AssignmentResponse status(Caller caller, @PathVariable UUID id, @Valid @RequestBody StatusRequest request) {
        return ItemResponses.assignment(changeStatus.handle(caller, new ChangeStatusCommand(new ItemId(id), ItemKind.ASSIGNMENT,
                request.version(), request.status(), request.light(), request.comment(), request.commentDate())));
    }

    /** Cancels the assignment and everything open below it. */
    @PostMapping("/{id}/cancel")
    AssignmentResponse cancel(Caller caller, @PathVariable UUID id, @Valid @RequestBody CancelRequest request) {
        return ItemResponses.assignment(cancel.handle(caller, new CancelItemCommand(new ItemId(id), ItemKind.ASSIGNMENT,
                request.version(), request.reason())));
    }

    /** Every change of the assignment itself: who, when, what. */
    @GetMapping("/{id}/history")
    List<HistoryResponse> history(Caller caller, @PathVariable UUID id) {
        return queries.history(caller, new ItemId(id), ItemKind.ASSIGNMENT).stream().map(HistoryResponse::of).toList();
    }
}
