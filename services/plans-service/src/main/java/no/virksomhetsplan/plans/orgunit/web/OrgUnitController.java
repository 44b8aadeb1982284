package no.virksomhetsplan.plans.orgunit.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.plans.orgunit.application.CreateOrgUnit;
import no.virksomhetsplan.plans.orgunit.application.CreateOrgUnitCommand;
import no.virksomhetsplan.plans.orgunit.application.OrgUnitQueries;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnit;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/plans/org-units")
class OrgUnitController {

    record CreateOrgUnitRequest(
            UUID parentId,
            @NotBlank @Size(max = OrgUnit.MAX_NAME_LENGTH) String name,
            @Size(max = 50) String externalCode,
            @Size(max = 100) String levelName) {
    }

    /** @param path the ids from the top of the tree down to the parent */
    record OrgUnitResponse(UUID id, UUID parentId, List<UUID> path, String name, String externalCode, String levelName,
            long version) {

        static OrgUnitResponse of(OrgUnit unit) {
            return new OrgUnitResponse(unit.id().value(), unit.parentId() == null ? null : unit.parentId().value(),
                    unit.ancestorIds().stream().map(OrgUnitId::value).toList(), unit.name(), unit.externalCode(),
                    unit.levelName(), unit.version());
        }
    }

    private final CreateOrgUnit createOrgUnit;
    private final OrgUnitQueries queries;

    OrgUnitController(CreateOrgUnit createOrgUnit, OrgUnitQueries queries) {
        this.createOrgUnit = createOrgUnit;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<OrgUnitResponse> create(Caller caller, @Valid @RequestBody CreateOrgUnitRequest request) {
        OrgUnit unit = createOrgUnit.handle(caller, new CreateOrgUnitCommand(
                request.parentId() == null ? null : new OrgUnitId(request.parentId()),
                request.name(), request.externalCode(), request.levelName()));
        return ResponseEntity.created(URI.create("/api/plans/org-units/" + unit.id())).body(OrgUnitResponse.of(unit));
    }

    /** The caller's whole municipality tree, top first (a municipality has tens to a few thousand units). */
    @GetMapping
    List<OrgUnitResponse> tree(Caller caller) {
        return queries.tree(caller).stream().map(OrgUnitResponse::of).toList();
    }

    @GetMapping("/{id}")
    OrgUnitResponse unit(Caller caller, @PathVariable UUID id) {
        return OrgUnitResponse.of(queries.unit(caller, new OrgUnitId(id)));
    }

    @GetMapping("/{id}/subtree")
    List<OrgUnitResponse> subtree(Caller caller, @PathVariable UUID id) {
        return queries.subtree(caller, new OrgUnitId(id)).stream().map(OrgUnitResponse::of).toList();
    }
}
