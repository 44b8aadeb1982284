package no.virksomhetsplan.checklists.response.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.checklists.deviation.application.DeviationRegister;
import no.virksomhetsplan.checklists.deviation.application.RaiseDeviation;
import no.virksomhetsplan.checklists.deviation.domain.Deviation;
import no.virksomhetsplan.checklists.deviation.domain.Severity;
import no.virksomhetsplan.checklists.deviation.web.DeviationResponse;
import no.virksomhetsplan.checklists.response.application.AnswerChecklist;
import no.virksomhetsplan.checklists.response.application.ResponseQueries;
import no.virksomhetsplan.checklists.response.application.SubmitChecklist;
import no.virksomhetsplan.checklists.response.domain.AnswerInput;
import no.virksomhetsplan.checklists.response.domain.AnswerValue;
import no.virksomhetsplan.checklists.response.domain.Choice;
import no.virksomhetsplan.checklists.response.domain.ResponseId;
import no.virksomhetsplan.checklists.response.domain.ResponseSheet;
import no.virksomhetsplan.checklists.response.web.ResponseResponses.AnswerResponse;
import no.virksomhetsplan.checklists.response.web.ResponseResponses.ResponseSummary;
import no.virksomhetsplan.checklists.response.web.ResponseResponses.SheetResponse;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A unit's checklist (response): read, answered as a draft, submitted; deviations raised from its answers. */
@RestController
@RequestMapping("/api/checklists/responses")
class ResponseController {

    static final String USERNAME = "^[A-Za-z0-9._@-]{1,100}$";

    /**
     * One answer: set the one field of the question's type — text (TEXT), checked (CHECKBOX), choice (YES_NO), number
     * (NUMBER); a NOT_RELEVANT choice needs a reason.
     *
     * @param evidence links (http or https) to documentation of the answer
     */
    record AnswerRequest(@NotNull UUID questionId, String text, Boolean checked, Choice choice, BigDecimal number, String reason,
            String comment, @Size(max = 20) List<@NotNull String> evidence) {

        AnswerInput toInput() {
            return new AnswerInput(questionId, new AnswerValue(text, checked, choice, number, reason), comment, evidence);
        }
    }

    record AnswersRequest(@NotEmpty @Size(max = 300) List<@NotNull @Valid AnswerRequest> answers) {
    }

    record SubmitRequest(@NotNull @Min(1) Long version) {
    }

    record DeviationRequest(@NotNull UUID questionId, @NotBlank @Size(max = Deviation.MAX_DESCRIPTION_LENGTH) String description,
            @NotNull Severity severity, @NotBlank @Pattern(regexp = USERNAME) String responsible, @NotNull LocalDate deadline) {
    }

    private final ResponseQueries queries;
    private final AnswerChecklist answer;
    private final SubmitChecklist submit;
    private final RaiseDeviation raise;
    private final DeviationRegister deviations;

    ResponseController(ResponseQueries queries, AnswerChecklist answer, SubmitChecklist submit, RaiseDeviation raise,
            DeviationRegister deviations) {
        this.queries = queries;
        this.answer = answer;
        this.submit = submit;
        this.raise = raise;
        this.deviations = deviations;
    }

    /** The checklists the caller answers: those naming them, and those of the unit they lead. */
    @GetMapping("/mine")
    List<ResponseSummary> mine(Caller caller) {
        return queries.mine(caller).stream().map(ResponseSummary::of).toList();
    }

    @GetMapping("/{id}")
    SheetResponse sheet(Caller caller, @PathVariable UUID id) {
        ResponseQueries.SheetView view = queries.sheet(caller, new ResponseId(id));
        return SheetResponse.of(view.sheet(), view.mayAnswer(), deviationsOf(caller, id));
    }

    /** Saves answers as a draft; each is kept, the latest answer to a question is its current one. */
    @PutMapping("/{id}/answers")
    SheetResponse answer(Caller caller, @PathVariable UUID id, @Valid @RequestBody AnswersRequest request) {
        ResponseSheet sheet = answer.handle(caller, new ResponseId(id), request.answers().stream().map(AnswerRequest::toInput).toList());
        return SheetResponse.of(sheet, true, deviationsOf(caller, id));
    }

    /** Submits the checklist; refused, naming them, while a required question has no answer. */
    @PostMapping("/{id}/submit")
    SheetResponse submit(Caller caller, @PathVariable UUID id, @Valid @RequestBody SubmitRequest request) {
        ResponseSheet sheet = submit.handle(caller, new ResponseId(id), request.version());
        return SheetResponse.of(sheet, true, deviationsOf(caller, id));
    }

    /** Every answer ever given to the checklist, oldest first, with who and when. */
    @GetMapping("/{id}/history")
    List<AnswerResponse> history(Caller caller, @PathVariable UUID id) {
        return queries.history(caller, new ResponseId(id)).stream().map(AnswerResponse::of).toList();
    }

    /** Raises a deviation from an answer; assignments-service gets a follow-up assignment for it. */
    @PostMapping("/{id}/deviations")
    @ResponseStatus(HttpStatus.CREATED)
    DeviationResponse raise(Caller caller, @PathVariable UUID id, @Valid @RequestBody DeviationRequest request) {
        return DeviationResponse.of(raise.handle(caller, new ResponseId(id), request.questionId(),
                new Deviation.Report(request.description(), request.severity(), request.responsible(), request.deadline())));
    }

    private List<DeviationResponse> deviationsOf(Caller caller, UUID id) {
        return deviations.ofResponse(caller, new ResponseId(id)).stream().map(DeviationResponse::of).toList();
    }
}
