package no.virksomhetsplan.checklists.deviation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.virksomhetsplan.checklists.deviation.domain.Deviation;

/** A deviation as the API shows it; followUpId is the follow-up assignment in assignments-service. */
public record DeviationResponse(UUID id, UUID distributionId, UUID responseId, UUID unitId, UUID questionId, String description,
        String severity, String responsible, LocalDate deadline, String status, UUID followUpId, String raisedBy,
        Instant raisedAt, String closedBy, Instant closedAt, long version) {

    public static DeviationResponse of(Deviation d) {
        return new DeviationResponse(d.id(), d.distributionId(), d.responseId(), d.unitId(), d.questionId(), d.description(),
                d.severity().name(), d.responsible(), d.deadline(), d.closed() ? "CLOSED" : "OPEN", d.followUpId(), d.raisedBy(),
                d.raisedAt(), d.closedBy(), d.closedAt(), d.version());
    }
}
