package no.virksomhetsplan.plans.agreement.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;

/** Where leader agreements are kept, with all their revisions; every method is scoped to one municipality. */
public interface LeaderAgreements {

    Optional<LeaderAgreement> find(String tenant, LeaderAgreementId id);

    /** Every agreement of a plan year. */
    List<LeaderAgreement> ofYear(String tenant, int year);

    /** The agreements of a plan year for leaders of the given units, or with this person as a party. */
    List<LeaderAgreement> ofYearConcerning(String tenant, int year, Collection<OrgUnitId> units, String username);

    /**
     * Keeps a new agreement.
     *
     * @throws no.virksomhetsplan.platform.domain.ConflictException if the leader already has one for the unit and year
     */
    void add(LeaderAgreement agreement);

    /**
     * Saves a change to one revision if nobody changed the agreement since {@code expectedVersion}.
     *
     * @throws no.virksomhetsplan.platform.domain.ConflictException if someone did
     */
    void update(LeaderAgreement agreement, AgreementRevision changed, long expectedVersion);
}
