package no.virksomhetsplan.plans.letter.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.virksomhetsplan.plans.letter.application.AssignmentLetterService;
import no.virksomhetsplan.plans.letter.application.LetterQueries;
import no.virksomhetsplan.plans.letter.application.LetterView;
import no.virksomhetsplan.plans.letter.application.ReviseLetterCommand;
import no.virksomhetsplan.plans.letter.application.WriteLetterCommand;
import no.virksomhetsplan.plans.letter.domain.AssignmentLetterId;
import no.virksomhetsplan.plans.letter.domain.LetterContent;
import no.virksomhetsplan.plans.letter.domain.LetterRevision;
import no.virksomhetsplan.plans.letter.domain.LetterSections;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;
import no.virksomhetsplan.plans.planyear.domain.PlanYear;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/plans/letters")
class AssignmentLetterController {

    record SectionsBody(
            @Size(max = LetterSections.MAX_SECTION_LENGTH) String guidance,
            @Size(max = LetterSections.MAX_SECTION_LENGTH) String focusAreas,
            @Size(max = LetterSections.MAX_SECTION_LENGTH) String frames,
            @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal budgetFrame,
            @Size(max = LetterSections.MAX_SECTION_LENGTH) String routines,
            @Size(max = LetterSections.MAX_SECTION_LENGTH) String internalControl) {

        LetterSections toDomain() {
            return new LetterSections(guidance, focusAreas, frames, budgetFrame, routines, internalControl);
        }

        static SectionsBody of(LetterSections sections) {
            return new SectionsBody(sections.guidance(), sections.focusAreas(), sections.frames(), sections.budgetFrame(),
                    sections.routines(), sections.internalControl());
        }
    }

    record WriteLetterRequest(
            @NotNull @Min(PlanYear.FIRST_YEAR) @Max(PlanYear.LAST_YEAR) Integer year,
            @NotNull UUID fromUnitId,
            @NotNull UUID toUnitId,
            @NotBlank @Size(max = LetterContent.MAX_TITLE_LENGTH) String title,
            @Valid SectionsBody sections,
            @Size(max = LetterContent.MAX_GOALS) List<@NotNull UUID> goalIds) {
    }

    /** @param version the version of the letter this change was made to */
    record ReviseLetterRequest(
            @NotNull @Min(1) Long version,
            @NotBlank @Size(max = LetterContent.MAX_TITLE_LENGTH) String title,
            @Valid SectionsBody sections,
            @Size(max = LetterContent.MAX_GOALS) List<@NotNull UUID> goalIds) {
    }

    /** @param version the version of the letter the sender last saw */
    record SendLetterRequest(@NotNull @Min(1) Long version) {
    }

    /** @param revision the revision the leader read */
    record AcknowledgeLetterRequest(@NotNull @Min(1) Integer revision) {
    }

    record RevisionResponse(int revision, String state, String title, SectionsBody sections, List<UUID> goalIds,
            Instant changedAt, String changedBy, Instant sentAt, String sentBy, Instant acknowledgedAt, String acknowledgedBy) {

        static RevisionResponse of(LetterRevision revision) {
            return new RevisionResponse(revision.number(), revision.state().name(), revision.content().title(),
                    SectionsBody.of(revision.content().sections()), revision.content().goalIds(), revision.changedAt(),
                    revision.changedBy(), revision.sentAt(), revision.sentBy(), revision.acknowledgedAt(),
                    revision.acknowledgedBy());
        }
    }

    /**
     * @param latest         the newest revision the caller may read (the receiving side never sees drafts)
     * @param revisions      how many revisions the caller may read
     * @param mayEdit        the caller leads the sending unit
     * @param mayAcknowledge the caller leads the receiving unit and the latest sent revision awaits acknowledgement
     */
    record LetterResponse(UUID id, int year, UUID fromUnitId, UUID toUnitId, long version, RevisionResponse latest,
            int revisions, boolean mayEdit, boolean mayAcknowledge) {

        static LetterResponse of(LetterView view) {
            var letter = view.letter();
            return new LetterResponse(letter.id().value(), letter.year(), letter.fromUnitId().value(),
                    letter.toUnitId().value(), letter.version(), RevisionResponse.of(view.shown()), view.revisions().size(),
                    view.mayEdit(), view.mayAcknowledge());
        }
    }

    private final AssignmentLetterService service;
    private final LetterQueries queries;

    AssignmentLetterController(AssignmentLetterService service, LetterQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<LetterResponse> write(Caller caller, @Valid @RequestBody WriteLetterRequest request) {
        LetterView written = service.write(caller, new WriteLetterCommand(request.year(), new OrgUnitId(request.fromUnitId()),
                new OrgUnitId(request.toUnitId()), content(request.title(), request.sections(), request.goalIds())));
        return ResponseEntity.created(URI.create("/api/plans/letters/" + written.letter().id()))
                .body(LetterResponse.of(written));
    }

    /** The letters of a year that concern the caller, optionally only those from or to one unit. */
    @GetMapping
    List<LetterResponse> ofYear(Caller caller, @RequestParam int year, @RequestParam Optional<UUID> fromUnitId,
            @RequestParam Optional<UUID> toUnitId) {
        return queries.ofYear(caller, year, fromUnitId.map(OrgUnitId::new), toUnitId.map(OrgUnitId::new)).stream()
                .map(LetterResponse::of).toList();
    }

    @GetMapping("/{id}")
    LetterResponse letter(Caller caller, @PathVariable UUID id) {
        return LetterResponse.of(queries.letter(caller, new AssignmentLetterId(id)));
    }

    @PutMapping("/{id}")
    LetterResponse revise(Caller caller, @PathVariable UUID id, @Valid @RequestBody ReviseLetterRequest request) {
        return LetterResponse.of(service.revise(caller, new ReviseLetterCommand(new AssignmentLetterId(id), request.version(),
                content(request.title(), request.sections(), request.goalIds()))));
    }

    @PostMapping("/{id}/send")
    LetterResponse send(Caller caller, @PathVariable UUID id, @Valid @RequestBody SendLetterRequest request) {
        return LetterResponse.of(service.send(caller, new AssignmentLetterId(id), request.version()));
    }

    @PostMapping("/{id}/acknowledge")
    LetterResponse acknowledge(Caller caller, @PathVariable UUID id, @Valid @RequestBody AcknowledgeLetterRequest request) {
        return LetterResponse.of(service.acknowledge(caller, new AssignmentLetterId(id), request.revision()));
    }

    /** Every revision the caller may read, oldest first: the sending side sees drafts too. */
    @GetMapping("/{id}/revisions")
    List<RevisionResponse> revisions(Caller caller, @PathVariable UUID id) {
        return queries.letter(caller, new AssignmentLetterId(id)).revisions().stream().map(RevisionResponse::of).toList();
    }

    @GetMapping("/{id}/revisions/{revision}")
    RevisionResponse revision(Caller caller, @PathVariable UUID id, @PathVariable int revision) {
        return RevisionResponse.of(queries.revision(caller, new AssignmentLetterId(id), revision));
    }

    private static LetterContent content(String title, SectionsBody sections, List<UUID> goalIds) {
        return new LetterContent(title, sections == null ? null : sections.toDomain(), goalIds);
    }
}
