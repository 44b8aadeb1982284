package no.virksomhetsplan.checklists.distribution.application;

import java.time.Clock;
import no.virksomhetsplan.checklists.distribution.domain.Distribution;
import no.virksomhetsplan.checklists.distribution.domain.DistributionId;
import no.virksomhetsplan.checklists.distribution.domain.Distributions;
import no.virksomhetsplan.checklists.orgunit.application.People;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.platform.domain.ForbiddenException;
import no.virksomhetsplan.platform.messaging.Outbox;
import no.virksomhetsplan.platform.orgtree.UnitAccess;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The one who gave a checklist (or an administrator or the kommunedirektør) locks it: nothing more is answered. */
@Service
public class CloseDistribution {

    private final Distributions distributions;
    private final DistributionQueries queries;
    private final UnitAccess access;
    private final Outbox outbox;
    private final Clock clock;

    CloseDistribution(Distributions distributions, DistributionQueries queries, UnitAccess access, Outbox outbox, Clock clock) {
        this.distributions = distributions;
        this.queries = queries;
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Distribution handle(Caller caller, DistributionId id, long basedOnVersion) {
        Distribution distribution = queries.require(caller, id);
        if (!access.seesEverything(caller) && !distribution.createdBy().equals(People.of(caller))) {
            throw new ForbiddenException("Only the one who gave the checklist, an administrator or the kommunedirektør locks it.");
        }
        Distribution closed = distribution.close(basedOnVersion);
        distributions.update(caller.tenant(), closed);
        outbox.add(Topics.CHECKLISTS, caller.tenant(), closed.closedEvent(People.of(caller), clock.instant()));
        return closed;
    }
}
