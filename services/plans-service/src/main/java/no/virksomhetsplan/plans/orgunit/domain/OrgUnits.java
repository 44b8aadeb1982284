package no.virksomhetsplan.plans.orgunit.domain;

import java.util.List;
import java.util.Optional;

/** Where org units are kept; every method is scoped to one municipality. */
public interface OrgUnits {

    Optional<OrgUnit> find(String tenant, OrgUnitId id);

    Optional<OrgUnit> findByExternalCode(String tenant, String externalCode);

    boolean hasTop(String tenant);

    boolean externalCodeTaken(String tenant, String externalCode);

    /** The whole tree, top first, each unit before the units below it. */
    List<OrgUnit> all(String tenant);

    /** The unit and everything below it, in tree order. */
    List<OrgUnit> subtree(String tenant, OrgUnitId id);

    void add(OrgUnit unit);
}
