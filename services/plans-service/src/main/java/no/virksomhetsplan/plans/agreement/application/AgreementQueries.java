package no.virksomhetsplan.plans.agreement.application;

import java.util.List;
import java.util.Locale;
import no.virksomhetsplan.plans.agreement.domain.AgreementRevision;
import no.virksomhetsplan.plans.agreement.domain.LeaderAgreement;
import no.virksomhetsplan.plans.agreement.domain.LeaderAgreementId;
import no.virksomhetsplan.plans.agreement.domain.LeaderAgreements;
import no.virksomhetsplan.plans.orgunit.application.UnitAccess;
import no.virksomhetsplan.platform.domain.ForbiddenException;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading leader agreements: the two parties and the leaders of the leader's unit and above (see {@link AgreementView}). */
@Service
@Transactional(readOnly = true)
public class AgreementQueries {

    private final LeaderAgreements agreements;
    private final UnitAccess access;

    AgreementQueries(LeaderAgreements agreements, UnitAccess access) {
        this.agreements = agreements;
        this.access = access;
    }

    public AgreementView agreement(Caller caller, LeaderAgreementId id) {
        LeaderAgreement agreement = agreements.find(caller.tenant(), id)
                .orElseThrow(() -> new NotFoundException("No such leader agreement in your municipality."));
        return AgreementView.of(agreement, caller, access.reach(caller)).orElseThrow(() -> new ForbiddenException(
                "A leader agreement is read by its two parties and the leaders above the unit only."));
    }

    public AgreementRevision revision(Caller caller, LeaderAgreementId id, int number) {
        List<AgreementRevision> revisions = agreement(caller, id).agreement().revisions();
        if (number < 1 || number > revisions.size()) {
            throw new NotFoundException("The agreement has no revision " + number + ".");
        }
        return revisions.get(number - 1);
    }

    /** The agreements of a year the caller is a party to, or of leaders in the part of the tree the caller leads. */
    public List<AgreementView> ofYear(Caller caller, int year) {
        UnitAccess.Reach reach = access.reach(caller);
        List<LeaderAgreement> candidates = reach.wholeMunicipality()
                ? agreements.ofYear(caller.tenant(), year)
                : agreements.ofYearConcerning(caller.tenant(), year, reach.led(), caller.username().toLowerCase(Locale.ROOT));
        return candidates.stream().flatMap(agreement -> AgreementView.of(agreement, caller, reach).stream()).toList();
    }
}
