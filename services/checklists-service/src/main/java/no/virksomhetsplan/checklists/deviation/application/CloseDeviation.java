package no.virksomhetsplan.checklists.deviation.application;

import java.time.Instant;
import java.util.UUID;
import no.virksomhetsplan.checklists.deviation.domain.Deviation;
import no.virksomhetsplan.checklists.deviation.domain.Deviations;
import no.virksomhetsplan.checklists.orgunit.application.People;
import no.virksomhetsplan.checklists.overview.domain.Counters;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.platform.messaging.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A deviation closes when assignments-service reports its follow-up assignment done. */
@Service
public class CloseDeviation {

    private final Deviations deviations;
    private final Counters counters;
    private final Outbox outbox;

    CloseDeviation(Deviations deviations, Counters counters, Outbox outbox) {
        this.deviations = deviations;
        this.counters = counters;
        this.outbox = outbox;
    }

    /** In the consumer's transaction (with its inbox entry). An assignment that follows up no deviation is ignored. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void followUpDone(String tenant, UUID followUpId, String by, Instant at) {
        deviations.byFollowUpForUpdate(tenant, followUpId).filter(deviation -> !deviation.closed()).ifPresent(open -> {
            Deviation closed = open.close(People.normalise(by), at);
            deviations.update(tenant, closed);
            counters.add(tenant, closed.closedCounts());
            outbox.add(Topics.CHECKLISTS, tenant, closed.closedEvent());
        });
    }
}
