package no.virksomhetsplan.reporting.orgtree.web;

import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.orgtree.OrgTreeReplica;
import no.virksomhetsplan.platform.orgtree.OrgUnitView;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The org tree as reporting sees it: its own replica, built from plans-service's events. */
@RestController
@RequestMapping("/api/reporting/org-units")
class OrgTreeController {

    private final OrgTreeReplica replica;

    OrgTreeController(OrgTreeReplica replica) {
        this.replica = replica;
    }

    @GetMapping
    List<OrgUnitView> tree(Caller caller) {
        return replica.units(caller.tenant());
    }

    @GetMapping("/{id}/subtree")
    List<OrgUnitView> subtree(Caller caller, @PathVariable UUID id) {
        List<OrgUnitView> subtree = replica.subtree(caller.tenant(), id);
        if (subtree.isEmpty()) {
            throw new NotFoundException("No such unit in your municipality.");
        }
        return subtree;
    }
}
