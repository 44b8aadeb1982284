package no.virksomhetsplan.contracts.checklists;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * A template version was given to units for a period, with a deadline: one checklist (response) per unit. Published on
 * {@link no.virksomhetsplan.contracts.Topics#CHECKLISTS}, keyed by the distribution.
 *
 * @param distributionId          the distribution
 * @param templateId              the template
 * @param templateVersion         the version the units answer, whatever later versions say
 * @param title                   the checklist's title as the units see it
 * @param periodKind              MONTH, TERTIAL or YEAR
 * @param periodYear              the year of the period
 * @param periodNumber            the month (1–12), tertial (1–3) or 1 for the year
 * @param deadline                the last day to answer, a calendar day in Norway
 * @param includeInMonthlyReport  the checklist is part of the units' monthly report
 * @param units                   each unit's checklist
 * @param distributedBy           who gave it
 * @param distributedAt           when (UTC)
 */
public record ChecklistDistributed(
        UUID distributionId,
        UUID templateId,
        int templateVersion,
        String title,
        String periodKind,
        int periodYear,
        int periodNumber,
        LocalDate deadline,
        boolean includeInMonthlyReport,
        List<UnitChecklist> units,
        String distributedBy,
        Instant distributedAt) implements IntegrationEvent {

    public static final String TYPE = "no.virksomhetsplan.checklists.checklist-distributed.v1";

    /** @param responsible a named person who answers besides the unit's leaders, or null */
    public record UnitChecklist(UUID responseId, UUID unitId, String responsible) {
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return "distribution/" + distributionId;
    }
}
