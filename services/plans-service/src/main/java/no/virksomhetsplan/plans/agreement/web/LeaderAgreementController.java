package no.virksomhetsplan.plans.agreement.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.plans.agreement.application.AgreementQueries;
import no.virksomhetsplan.plans.agreement.application.AgreementView;
import no.virksomhetsplan.plans.agreement.application.DraftAgreementCommand;
import no.virksomhetsplan.plans.agreement.application.LeaderAgreementService;
import no.virksomhetsplan.plans.agreement.application.ReviseAgreementCommand;
import no.virksomhetsplan.plans.agreement.domain.Acknowledgement;
import no.virksomhetsplan.plans.agreement.domain.AgreementRevision;
import no.virksomhetsplan.plans.agreement.domain.AgreementSections;
import no.virksomhetsplan.plans.agreement.domain.LeaderAgreement;
import no.virksomhetsplan.plans.agreement.domain.LeaderAgreementId;
import no.virksomhetsplan.plans.agreement.domain.Party;
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
@RequestMapping("/api/plans/leader-agreements")
class LeaderAgreementController {

    record SectionsBody(
            @Size(max = AgreementSections.MAX_SECTION_LENGTH) String goalsAndPriorities,
            @Size(max = AgreementSections.MAX_SECTION_LENGTH) String development,
            @Size(max = AgreementSections.MAX_SECTION_LENGTH) String expectations) {

        AgreementSections toDomain() {
            return new AgreementSections(goalsAndPriorities, development, expectations);
        }

        static SectionsBody of(AgreementSections sections) {
            return new SectionsBody(sections.goalsAndPriorities(), sections.development(), sections.expectations());
        }
    }

    /**
     * @param unitId           the unit the leader leads
     * @param leaderUsername   the leader's username
     * @param superiorUsername the username of the superior, who leads a unit above
     */
    record DraftAgreementRequest(
            @NotNull @Min(PlanYear.FIRST_YEAR) @Max(PlanYear.LAST_YEAR) Integer year,
            @NotNull UUID unitId,
            @NotBlank @Size(max = LeaderAgreement.MAX_USERNAME_LENGTH) String leaderUsername,
            @NotBlank @Size(max = LeaderAgreement.MAX_USERNAME_LENGTH) String superiorUsername,
            @Valid SectionsBody sections) {
    }

    /** @param version the version of the agreement this change was made to */
    record ReviseAgreementRequest(@NotNull @Min(1) Long version, @NotNull @Valid SectionsBody sections) {
    }

    /** @param version the version of the agreement the party read */
    record AcknowledgeAgreementRequest(@NotNull @Min(1) Long version) {
    }

    record AcknowledgementResponse(String by, Instant at) {

        static AcknowledgementResponse of(Acknowledgement acknowledgement) {
            return acknowledgement == null ? null : new AcknowledgementResponse(acknowledgement.by(), acknowledgement.at());
        }
    }

    record RevisionResponse(int revision, String state, SectionsBody sections, Instant changedAt, String changedBy,
            AcknowledgementResponse leaderAcknowledgement, AcknowledgementResponse superiorAcknowledgement, Instant agreedAt) {

        static RevisionResponse of(AgreementRevision revision) {
            return new RevisionResponse(revision.number(), revision.state().name(), SectionsBody.of(revision.sections()),
                    revision.changedAt(), revision.changedBy(), AcknowledgementResponse.of(revision.leaderAcknowledgement()),
                    AcknowledgementResponse.of(revision.superiorAcknowledgement()), revision.agreedAt());
        }
    }

    /**
     * @param latest         the newest revision
     * @param revisions      how many revisions there are
     * @param party          LEADER or SUPERIOR if the caller is one of the two, else null
     * @param mayEdit        the caller leads the leader's unit
     * @param mayAcknowledge the caller is a party who has yet to acknowledge the current draft
     */
    record AgreementResponse(UUID id, int year, UUID unitId, String leaderUsername, String superiorUsername, long version,
            RevisionResponse latest, int revisions, String party, boolean mayEdit, boolean mayAcknowledge) {

        static AgreementResponse of(AgreementView view) {
            LeaderAgreement agreement = view.agreement();
            return new AgreementResponse(agreement.id().value(), agreement.year(), agreement.unitId().value(),
                    agreement.leaderUsername(), agreement.superiorUsername(), agreement.version(),
                    RevisionResponse.of(agreement.current()), agreement.revisions().size(),
                    view.party().map(Party::name).orElse(null), view.mayEdit(), view.mayAcknowledge());
        }
    }

    private final LeaderAgreementService service;
    private final AgreementQueries queries;

    LeaderAgreementController(LeaderAgreementService service, AgreementQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<AgreementResponse> draft(Caller caller, @Valid @RequestBody DraftAgreementRequest request) {
        AgreementView drafted = service.draft(caller, new DraftAgreementCommand(request.year(), new OrgUnitId(request.unitId()),
                request.leaderUsername(), request.superiorUsername(),
                request.sections() == null ? AgreementSections.EMPTY : request.sections().toDomain()));
        return ResponseEntity.created(URI.create("/api/plans/leader-agreements/" + drafted.agreement().id()))
                .body(AgreementResponse.of(drafted));
    }

    /** The agreements of a year the caller is a party to or leads. */
    @GetMapping
    List<AgreementResponse> ofYear(Caller caller, @RequestParam int year) {
        return queries.ofYear(caller, year).stream().map(AgreementResponse::of).toList();
    }

    @GetMapping("/{id}")
    AgreementResponse agreement(Caller caller, @PathVariable UUID id) {
        return AgreementResponse.of(queries.agreement(caller, new LeaderAgreementId(id)));
    }

    @PutMapping("/{id}")
    AgreementResponse revise(Caller caller, @PathVariable UUID id, @Valid @RequestBody ReviseAgreementRequest request) {
        return AgreementResponse.of(service.revise(caller, new ReviseAgreementCommand(new LeaderAgreementId(id),
                request.version(), request.sections().toDomain())));
    }

    @PostMapping("/{id}/acknowledge")
    AgreementResponse acknowledge(Caller caller, @PathVariable UUID id, @Valid @RequestBody AcknowledgeAgreementRequest request) {
        return AgreementResponse.of(service.acknowledge(caller, new LeaderAgreementId(id), request.version()));
    }

    /** Every revision, oldest first: agreed ones stay as they were agreed. */
    @GetMapping("/{id}/revisions")
    List<RevisionResponse> revisions(Caller caller, @PathVariable UUID id) {
        return queries.agreement(caller, new LeaderAgreementId(id)).agreement().revisions().stream()
                .map(RevisionResponse::of).toList();
    }

    @GetMapping("/{id}/revisions/{revision}")
    RevisionResponse revision(Caller caller, @PathVariable UUID id, @PathVariable int revision) {
        return RevisionResponse.of(queries.revision(caller, new LeaderAgreementId(id), revision));
    }
}
