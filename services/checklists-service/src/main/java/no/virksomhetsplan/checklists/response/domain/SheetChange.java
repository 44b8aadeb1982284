package no.virksomhetsplan.checklists.response.domain;

import java.util.List;
import no.virksomhetsplan.checklists.overview.domain.CounterDeltas;
import no.virksomhetsplan.contracts.IntegrationEvent;

/** What an operation on a unit's checklist did: the response after it, the answers it added, its event and counts. */
public record SheetChange(Response response, List<Answer> newAnswers, IntegrationEvent event, CounterDeltas deltas) {
}
