package no.virksomhetsplan.plans.orgunit.application;

import java.util.List;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnit;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnits;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the caller's own municipality's tree; everyone in the municipality may see its structure. */
@Service
@Transactional(readOnly = true)
public class OrgUnitQueries {

    private final OrgUnits units;

    OrgUnitQueries(OrgUnits units) {
        this.units = units;
    }

    public List<OrgUnit> tree(Caller caller) {
        return units.all(caller.tenant());
    }

    public OrgUnit unit(Caller caller, OrgUnitId id) {
        return units.find(caller.tenant(), id).orElseThrow(() -> new NotFoundException("No such unit in your municipality."));
    }

    public List<OrgUnit> subtree(Caller caller, OrgUnitId id) {
        List<OrgUnit> subtree = units.subtree(caller.tenant(), id);
        if (subtree.isEmpty()) {
            throw new NotFoundException("No such unit in your municipality.");
        }
        return subtree;
    }
}
