package no.virksomhetsplan.reporting.projection.domain;

import java.time.Instant;
import java.util.UUID;

/** An agreed leader agreement (lederavtale): the revision both the leader and the superior acknowledged. */
public record Agreement(UUID id, int revision, int year, UUID unitId, String leaderUsername, String superiorUsername,
        String goalsAndPriorities, String development, String expectations, Instant agreedAt) {
}
