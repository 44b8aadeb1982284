package no.virksomhetsplan.plans.agreement.application;

import no.virksomhetsplan.plans.agreement.domain.AgreementSections;
import no.virksomhetsplan.plans.agreement.domain.LeaderAgreementId;

/** @param basedOnVersion the version the caller changed; if someone changed the agreement since, the edit is refused */
public record ReviseAgreementCommand(LeaderAgreementId agreementId, long basedOnVersion, AgreementSections sections) {
}
