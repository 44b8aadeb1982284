package no.virksomhetsplan.checklists.distribution.application;

import java.util.List;
import no.virksomhetsplan.checklists.distribution.domain.Distribution;
import no.virksomhetsplan.checklists.distribution.domain.DistributionId;
import no.virksomhetsplan.checklists.distribution.domain.Distributions;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;

/** Which checklists were given out, and when: known to everyone of the municipality; answers are read by access. */
@Service
public class DistributionQueries {

    private final Distributions distributions;

    DistributionQueries(Distributions distributions) {
        this.distributions = distributions;
    }

    public Distribution require(Caller caller, DistributionId id) {
        return distributions.find(caller.tenant(), id)
                .orElseThrow(() -> new NotFoundException("No checklist distribution " + id + " in your municipality."));
    }

    public List<Distribution> ofYear(Caller caller, int year) {
        return distributions.ofYear(caller.tenant(), year);
    }
}
