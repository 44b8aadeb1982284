package no.virksomhetsplan.plans.orgunit.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.plans.orgunit.application.CloseOrgUnit;
import no.virksomhetsplan.plans.orgunit.application.CloseOrgUnitCommand;
import no.virksomhetsplan.plans.orgunit.application.CreateOrgUnit;
import no.virksomhetsplan.plans.orgunit.application.CreateOrgUnitCommand;
import no.virksomhetsplan.plans.orgunit.application.ImportOrgTree;
import no.virksomhetsplan.plans.orgunit.application.ImportOrgTreeCommand;
import no.virksomhetsplan.plans.orgunit.application.MoveOrgUnit;
import no.virksomhetsplan.plans.orgunit.application.MoveOrgUnitCommand;
import no.virksomhetsplan.plans.orgunit.application.OrgUnitQueries;
import no.virksomhetsplan.plans.orgunit.application.UpdateOrgUnit;
import no.virksomhetsplan.plans.orgunit.application.UpdateOrgUnitCommand;
import no.virksomhetsplan.plans.orgunit.domain.ImportProblem;
import no.virksomhetsplan.plans.orgunit.domain.InvalidOrgTreeFileException;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnit;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitDetails;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitPeriod;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The org tree of the caller's municipality. Reads take an optional day ({@code ?at=2027-01-01}, today by default)
 * and show the tree as it was, or will be, that day. Changes are for administrators; each applies from a day
 * ({@code validFrom} or {@code closedFrom}, today by default) and names the unit's {@code version} it is based on.
 */
@RestController
@RequestMapping("/api/plans/org-units")
class OrgUnitController {

    private static final String USERNAME = "\\s*\\S*\\s*";
    private static final String USERNAME_MESSAGE = "must be a username without spaces";

    record CreateOrgUnitRequest(
            UUID parentId,
            @NotBlank @Size(max = OrgUnitDetails.MAX_NAME_LENGTH) String name,
            @Size(max = OrgUnitDetails.MAX_CODE_LENGTH) String externalCode,
            @Size(max = OrgUnitDetails.MAX_LEVEL_LENGTH) String levelName,
            @Size(max = OrgUnitDetails.MAX_LEADER_LENGTH) @Pattern(regexp = USERNAME, message = USERNAME_MESSAGE) String leader,
            LocalDate validFrom) {
    }

    record UpdateOrgUnitRequest(
            @NotBlank @Size(max = OrgUnitDetails.MAX_NAME_LENGTH) String name,
            @Size(max = OrgUnitDetails.MAX_CODE_LENGTH) String externalCode,
            @Size(max = OrgUnitDetails.MAX_LEVEL_LENGTH) String levelName,
            @Size(max = OrgUnitDetails.MAX_LEADER_LENGTH) @Pattern(regexp = USERNAME, message = USERNAME_MESSAGE) String leader,
            LocalDate validFrom,
            @NotNull Long version) {
    }

    record MoveOrgUnitRequest(@NotNull UUID parentId, LocalDate validFrom, @NotNull Long version) {
    }

    record CloseOrgUnitRequest(LocalDate closedFrom, @NotNull Long version) {
    }

    /**
     * A unit on one day.
     *
     * @param path       the ids from the top of the tree down to the parent on that day
     * @param validFrom  the first day the unit is as shown
     * @param validTo    the first day it is no longer as shown (changed, moved or closed), or null while it lasts
     * @param closedFrom the first day the unit no longer exists, or null while no closing is decided
     * @param version    name it in a change to the unit
     */
    record OrgUnitResponse(UUID id, UUID parentId, List<UUID> path, String name, String externalCode, String levelName,
            String leader, LocalDate validFrom, LocalDate validTo, LocalDate closedFrom, long version) {

        static OrgUnitResponse of(OrgUnit unit) {
            return new OrgUnitResponse(unit.id().value(), value(unit.parentId()), values(unit.ancestorIds()), unit.name(),
                    unit.externalCode(), unit.levelName(), unit.leader(), unit.validFrom(), unit.validTo(), unit.closedFrom(),
                    unit.version());
        }
    }

    /** One period of a unit's history: how it was from {@code validFrom} until {@code validTo} (exclusive). */
    record PeriodResponse(LocalDate validFrom, LocalDate validTo, UUID parentId, List<UUID> path, String name,
            String externalCode, String levelName, String leader) {

        static PeriodResponse of(OrgUnitPeriod period) {
            return new PeriodResponse(period.validFrom(), period.validTo(), value(period.parentId()), values(period.ancestorIds()),
                    period.details().name(), period.details().externalCode(), period.details().levelName(),
                    period.details().leader());
        }
    }

    record ImportResponse(int created) {
    }

    private final CreateOrgUnit createOrgUnit;
    private final UpdateOrgUnit updateOrgUnit;
    private final MoveOrgUnit moveOrgUnit;
    private final CloseOrgUnit closeOrgUnit;
    private final ImportOrgTree importOrgTree;
    private final OrgUnitQueries queries;

    OrgUnitController(CreateOrgUnit createOrgUnit, UpdateOrgUnit updateOrgUnit, MoveOrgUnit moveOrgUnit, CloseOrgUnit closeOrgUnit,
            ImportOrgTree importOrgTree, OrgUnitQueries queries) {
        this.createOrgUnit = createOrgUnit;
        this.updateOrgUnit = updateOrgUnit;
        this.moveOrgUnit = moveOrgUnit;
        this.closeOrgUnit = closeOrgUnit;
        this.importOrgTree = importOrgTree;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<OrgUnitResponse> create(Caller caller, @Valid @RequestBody CreateOrgUnitRequest request) {
        OrgUnit unit = createOrgUnit.handle(caller, new CreateOrgUnitCommand(
                request.parentId() == null ? null : new OrgUnitId(request.parentId()),
                request.name(), request.externalCode(), request.levelName(), request.leader(), request.validFrom()));
        return ResponseEntity.created(URI.create("/api/plans/org-units/" + unit.id())).body(OrgUnitResponse.of(unit));
    }

    /** A CSV file (UTF-8, header {@value no.virksomhetsplan.plans.orgunit.domain.OrgTreeFile#HEADER}); all of it is created, or nothing. */
    @PostMapping(path = "/import", consumes = "text/csv")
    ResponseEntity<ImportResponse> importTree(Caller caller, @RequestBody byte[] csv,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom) {
        int created = importOrgTree.handle(caller, new ImportOrgTreeCommand(utf8(csv), validFrom));
        return ResponseEntity.status(HttpStatus.CREATED).body(new ImportResponse(created));
    }

    @PutMapping("/{id}")
    OrgUnitResponse update(Caller caller, @PathVariable UUID id, @Valid @RequestBody UpdateOrgUnitRequest request) {
        return OrgUnitResponse.of(updateOrgUnit.handle(caller, new UpdateOrgUnitCommand(new OrgUnitId(id), request.name(),
                request.externalCode(), request.levelName(), request.leader(), request.validFrom(), request.version())));
    }

    @PostMapping("/{id}/move")
    OrgUnitResponse move(Caller caller, @PathVariable UUID id, @Valid @RequestBody MoveOrgUnitRequest request) {
        return OrgUnitResponse.of(moveOrgUnit.handle(caller, new MoveOrgUnitCommand(new OrgUnitId(id),
                new OrgUnitId(request.parentId()), request.validFrom(), request.version())));
    }

    /** Answers with the unit on its last day. */
    @PostMapping("/{id}/close")
    OrgUnitResponse close(Caller caller, @PathVariable UUID id, @Valid @RequestBody CloseOrgUnitRequest request) {
        return OrgUnitResponse.of(closeOrgUnit.handle(caller, new CloseOrgUnitCommand(new OrgUnitId(id), request.closedFrom(),
                request.version())));
    }

    /** The caller's whole municipality tree on the day, top first (a municipality has tens to a few thousand units). */
    @GetMapping
    List<OrgUnitResponse> tree(Caller caller, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
        return queries.tree(caller, at).stream().map(OrgUnitResponse::of).toList();
    }

    @GetMapping("/{id}")
    OrgUnitResponse unit(Caller caller, @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
        return OrgUnitResponse.of(queries.unit(caller, new OrgUnitId(id), at));
    }

    @GetMapping("/{id}/subtree")
    List<OrgUnitResponse> subtree(Caller caller, @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
        return queries.subtree(caller, new OrgUnitId(id), at).stream().map(OrgUnitResponse::of).toList();
    }

    @GetMapping("/{id}/history")
    List<PeriodResponse> history(Caller caller, @PathVariable UUID id) {
        return queries.history(caller, new OrgUnitId(id)).stream().map(PeriodResponse::of).toList();
    }

    /** Every problem of the file, each with its line and column. */
    @ExceptionHandler(InvalidOrgTreeFileException.class)
    ProblemDetail invalidFile(InvalidOrgTreeFileException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid org-tree file");
        problem.setProperty("errors", e.problems());
        return problem;
    }

    /** The file's text; a byte sequence that is not UTF-8 is reported with its line. */
    private static String utf8(byte[] csv) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(csv);
        CharBuffer out = CharBuffer.allocate(csv.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += csv[i] == '\n' ? 1 : 0;
            }
            throw new InvalidOrgTreeFileException(List.of(new ImportProblem(line, null,
                    "The line is not UTF-8 text; save the file as UTF-8.")));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static UUID value(OrgUnitId id) {
        return id == null ? null : id.value();
    }

    private static List<UUID> values(List<OrgUnitId> ids) {
        return ids.stream().map(OrgUnitId::value).toList();
    }
}
