package no.virksomhetsplan.indicators.value.application;

import java.util.ArrayList;
import java.util.List;
import no.virksomhetsplan.contracts.indicators.IndicatorValueReported;
import no.virksomhetsplan.indicators.value.domain.StoreOutcome;
import no.virksomhetsplan.indicators.value.domain.Submitter;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Values a fagsystem delivers over REST instead of Kafka: the same contract, the same checks and the same storing as
 * the inbound topic; the municipality is the token's, and each value's outcome is answered instead of dead-lettered.
 */
@Service
public class DeliverValues {

    private final ValueReader reader;
    private final RecordValues recordValues;

    DeliverValues(ValueReader reader, RecordValues recordValues) {
        this.reader = reader;
        this.recordValues = recordValues;
    }

    /** @return one outcome per item, in the same order */
    public List<StoreOutcome> deliver(Caller caller, List<JsonNode> items) {
        StoreOutcome[] outcomes = new StoreOutcome[items.size()];
        List<IndicatorValueReported> readable = new ArrayList<>();
        List<Integer> readableAt = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ValueReader.Read read = reader.read(items.get(i));
            if (read instanceof ValueReader.Readable value) {
                readable.add(value.value());
                readableAt.add(i);
            } else if (read instanceof ValueReader.Unreadable unreadable) {
                outcomes[i] = new StoreOutcome.Refused(unreadable.rejection());
            }
        }
        if (!readable.isEmpty()) {
            List<StoreOutcome> stored = recordValues.record(caller.tenant(), new Submitter.Fagsystem(), readable);
            for (int j = 0; j < stored.size(); j++) {
                outcomes[readableAt.get(j)] = stored.get(j);
            }
        }
        return List.of(outcomes);
    }
}
