package no.virksomhetsplan.plans.agreement.application;

import no.virksomhetsplan.plans.agreement.domain.AgreementSections;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;

/** A new leader agreement for the leader of a unit the caller leads, with the superior who agrees it with them. */
public record DraftAgreementCommand(int year, OrgUnitId unitId, String leaderUsername, String superiorUsername,
        AgreementSections sections) {
}
