package no.virksomhetsplan.assignments.assignment.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.assignments.assignment.application.DelegateCommand;
import no.virksomhetsplan.assignments.assignment.domain.Assignment;
import no.virksomhetsplan.assignments.assignment.domain.AssignmentSource;
import no.virksomhetsplan.assignments.assignment.domain.SourceKind;
import no.virksomhetsplan.assignments.assignment.domain.Status;
import no.virksomhetsplan.assignments.assignment.domain.StatusNote;
import no.virksomhetsplan.assignments.assignment.domain.TrafficLight;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;

/** What the API accepts for assignments, delegations and tasks. */
final class ItemRequests {

    static final String USERNAME = "^[A-Za-z0-9._@-]{1,100}$";

    private ItemRequests() {
    }

    /** Validation group of what only an edit needs: the version it was based on. */
    interface Edit {
    }

    record SourceRequest(
            @NotNull SourceKind kind,
            UUID goalId,
            @Size(max = AssignmentSource.MAX_BODY_LENGTH) String body,
            @Size(max = AssignmentSource.MAX_CASE_NUMBER_LENGTH) String caseNumber,
            LocalDate decisionDate,
            @Size(max = AssignmentSource.MAX_DECISION_TEXT_LENGTH) String decisionText,
            @Size(max = AssignmentSource.MAX_MEASURE_LENGTH) String measure) {

        AssignmentSource toDomain() {
            return new AssignmentSource(kind, goalId, body, caseNumber, decisionDate, decisionText, measure);
        }
    }

    /**
     * @param version     required on an edit: the version the edit is based on
     * @param unitId      on creation, the owning unit; absent means the caller's own unit (ignored on an edit)
     * @param type        one of the municipality's assignment type codes
     * @param responsible a username, or absent for nobody yet
     */
    record AssignmentRequest(
            @NotNull(groups = Edit.class) @Min(1) Long version,
            UUID unitId,
            @NotBlank @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,39}$") String type,
            @NotBlank @Size(max = Assignment.MAX_TITLE_LENGTH) String title,
            @Size(max = Assignment.MAX_DESCRIPTION_LENGTH) String description,
            @NotNull @Valid SourceRequest source,
            Boolean includeInMonthlyReport,
            @Pattern(regexp = USERNAME) String responsible,
            @NotNull LocalDate deadline) {

        OrgUnitId unit() {
            return unitId == null ? null : new OrgUnitId(unitId);
        }

        Assignment.Content toContent() {
            return new Assignment.Content(type, title, description, source.toDomain(), Boolean.TRUE.equals(includeInMonthlyReport),
                    deadline);
        }
    }

    /** @param responsible a username of a person of the receiving unit, or absent for nobody yet */
    record DelegationOrderRequest(
            @NotNull UUID unitId,
            @Pattern(regexp = USERNAME) String responsible,
            @NotNull LocalDate deadline,
            @Size(max = Assignment.MAX_DESCRIPTION_LENGTH) String description) {

        DelegateCommand.Order toOrder() {
            return new DelegateCommand.Order(new OrgUnitId(unitId), responsible, deadline, description);
        }
    }

    record DelegateRequest(@NotEmpty @Size(max = 100) List<@NotNull @Valid DelegationOrderRequest> delegations) {
    }

    record DelegationEditRequest(
            @NotNull @Min(1) Long version,
            @Size(max = Assignment.MAX_DESCRIPTION_LENGTH) String description,
            @Pattern(regexp = USERNAME) String responsible,
            @NotNull LocalDate deadline) {
    }

    record TaskRequest(
            @NotNull(groups = Edit.class) @Min(1) Long version,
            @NotBlank @Size(max = Assignment.MAX_TITLE_LENGTH) String title,
            @Size(max = Assignment.MAX_DESCRIPTION_LENGTH) String description,
            @NotBlank @Pattern(regexp = USERNAME) String responsible,
            @NotNull LocalDate deadline) {
    }

    /**
     * @param status      the new status (not CANCELLED: cancel instead); absent keeps it
     * @param light       absent keeps the light, except that DONE makes it green and DELAYED red
     * @param comment     a status comment
     * @param commentDate the day the comment speaks of; absent for today
     */
    record StatusRequest(
            @NotNull @Min(1) Long version,
            Status status,
            TrafficLight light,
            @Size(max = StatusNote.MAX_LENGTH) String comment,
            LocalDate commentDate) {
    }

    record CancelRequest(@NotNull @Min(1) Long version, @Size(max = StatusNote.MAX_LENGTH) String reason) {
    }
}
