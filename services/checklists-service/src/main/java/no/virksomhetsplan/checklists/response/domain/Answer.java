package no.virksomhetsplan.checklists.response.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.contracts.checklists.AnswerData;

/** An answer as it was given: never changed, a later answer to the same question replaces it as the current one. */
public record Answer(UUID questionId, AnswerValue value, String comment, List<String> evidence, String answeredBy,
        Instant answeredAt) {

    public Answer {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public AnswerData toData() {
        return new AnswerData(questionId, value.text(), value.checked(), value.choice() == null ? null : value.choice().name(),
                value.number(), value.reason(), comment, evidence, answeredBy, answeredAt);
    }
}
