package no.virksomhetsplan.plans.orgunit.domain;

import no.virksomhetsplan.contracts.org.OrgUnitCreated;

/** A unit that is being added, with the event that tells the other services about it. */
public record NewOrgUnit(OrgUnitHistory unit, OrgUnitCreated event) {
}
