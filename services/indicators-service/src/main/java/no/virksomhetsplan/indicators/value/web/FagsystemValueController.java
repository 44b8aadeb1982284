package no.virksomhetsplan.indicators.value.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import no.virksomhetsplan.contracts.indicators.IndicatorValueReported;
import no.virksomhetsplan.indicators.value.application.DeliverValues;
import no.virksomhetsplan.indicators.value.application.IngestionProperties;
import no.virksomhetsplan.indicators.value.application.ValueReader;
import no.virksomhetsplan.indicators.value.domain.StoreOutcome;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The REST twin of the inbound topic, for fagsystemer that cannot speak Kafka. Only clients with the fagsystem role
 * reach it (it is the service's machine path), and they reach nothing else.
 */
@RestController
class FagsystemValueController {

    static final String PATH = "/api/indicators/fagsystem/values";

    /** What became of each value: {@code STORED}, {@code UNCHANGED} (sent before) or {@code REFUSED} with the reason. */
    record Result(int index, String sourceEventId, String outcome, String code, String reason) {
    }

    record Delivery(int stored, int unchanged, int refused, List<Result> results) {
    }

    private final DeliverValues deliverValues;
    private final ValueReader reader;
    private final int maxValues;

    FagsystemValueController(DeliverValues deliverValues, ValueReader reader, IngestionProperties properties) {
        this.deliverValues = deliverValues;
        this.reader = reader;
        this.maxValues = properties.maxRestValues();
    }

    @Operation(summary = "Deliver indicator values (fagsystem clients only)", description = """
            A JSON array of up to 1000 values, each as on the Kafka topic vp.indicator-values.in.v1 (JSON Schema \
            no.virksomhetsplan.indicator-values.value-reported.v1). Each value is checked and stored on its own: the \
            answer lists every value's outcome, with the same reason codes as the topic's dead letters.""")
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    Delivery deliver(Caller caller, @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, array = @ArraySchema(maxItems = 1000,
            schema = @Schema(implementation = IndicatorValueReported.class)))) @RequestBody String body) {
        JsonNode items;
        try {
            items = reader.parse(body);
        } catch (JacksonException e) {
            throw new RuleViolationException("The body is not JSON: " + e.getOriginalMessage());
        }
        if (!items.isArray() || items.isEmpty()) {
            throw new RuleViolationException("The body is a JSON array of values, at least one.");
        }
        if (items.size() > maxValues) {
            throw new RuleViolationException("At most " + maxValues + " values per request; this one has " + items.size() + ".");
        }
        List<JsonNode> values = new ArrayList<>();
        items.forEach(values::add);
        List<StoreOutcome> outcomes = deliverValues.deliver(caller, values);
        List<Result> results = new ArrayList<>(outcomes.size());
        int stored = 0;
        int unchanged = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            JsonNode id = values.get(i).get("sourceEventId");
            String sourceEventId = id != null && id.isString() ? id.asString() : null;
            StoreOutcome outcome = outcomes.get(i);
            if (outcome instanceof StoreOutcome.Stored) {
                stored++;
                results.add(new Result(i, sourceEventId, "STORED", null, null));
            } else if (outcome instanceof StoreOutcome.Unchanged) {
                unchanged++;
                results.add(new Result(i, sourceEventId, "UNCHANGED", null, null));
            } else if (outcome instanceof StoreOutcome.Refused refused) {
                results.add(new Result(i, sourceEventId, "REFUSED", refused.rejection().code().name(), refused.rejection().message()));
            }
        }
        return new Delivery(stored, unchanged, outcomes.size() - stored - unchanged, results);
    }
}
