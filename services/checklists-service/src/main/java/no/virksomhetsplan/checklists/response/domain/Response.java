package no.virksomhetsplan.checklists.response.domain;

import java.time.Instant;
import no.virksomhetsplan.checklists.distribution.domain.DistributionId;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;

/**
 * One unit's checklist of a distribution.
 *
 * @param responsible a named person who answers it besides the unit's leaders, or null
 */
public record Response(ResponseId id, DistributionId distributionId, OrgUnitId unitId, String responsible,
        ResponseStatus status, String submittedBy, Instant submittedAt, long version) {

    Response withStatus(ResponseStatus next) {
        return new Response(id, distributionId, unitId, responsible, next, submittedBy, submittedAt, version + 1);
    }

    Response submitted(String by, Instant at) {
        return new Response(id, distributionId, unitId, responsible, ResponseStatus.SUBMITTED, by, at, version + 1);
    }
}
