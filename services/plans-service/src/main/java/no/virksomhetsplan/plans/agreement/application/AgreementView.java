package no.virksomhetsplan.plans.agreement.application;

import java.util.Optional;
import no.virksomhetsplan.plans.agreement.domain.LeaderAgreement;
import no.virksomhetsplan.plans.agreement.domain.Party;
import no.virksomhetsplan.plans.orgunit.application.UnitAccess;
import no.virksomhetsplan.platform.security.Caller;

/**
 * A leader agreement as one caller sees it. It concerns the two parties and the leaders of the leader's unit and
 * above; nobody else reads it.
 *
 * @param party          which party the caller is, if either
 * @param mayEdit        the caller leads the leader's unit (the leader, the superior, leaders above)
 * @param mayAcknowledge the caller is a party who may acknowledge the current draft and has not yet
 */
public record AgreementView(LeaderAgreement agreement, Optional<Party> party, boolean mayEdit, boolean mayAcknowledge) {

    static Optional<AgreementView> of(LeaderAgreement agreement, Caller caller, UnitAccess.Reach reach) {
        Optional<Party> party = agreement.partyOf(caller.username());
        boolean mayEdit = reach.leads(agreement.unitId());
        if (party.isEmpty() && !mayEdit) {
            return Optional.empty();
        }
        boolean mayAcknowledge = party.filter(p -> mayActAs(p, agreement, reach)).isPresent()
                && agreement.current().isDraft()
                && agreement.current().acknowledgementOf(party.get()) == null;
        return Optional.of(new AgreementView(agreement, party, mayEdit, mayAcknowledge));
    }

    /**
     * Being named is not enough: the leader must still lead the unit, and the superior must lead a unit above it, when
     * they acknowledge.
     */
    static boolean mayActAs(Party party, LeaderAgreement agreement, UnitAccess.Reach reach) {
        return party == Party.LEADER ? reach.isLeaderOf(agreement.unitId()) : reach.leadsFromAbove(agreement.unitId());
    }
}
