package no.virksomhetsplan.indicators.value.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.indicators.definition.domain.IndicatorDefinition;
import no.virksomhetsplan.indicators.period.domain.Period;
import no.virksomhetsplan.indicators.value.application.EnterValue;
import no.virksomhetsplan.indicators.value.application.EnterValueCommand;
import no.virksomhetsplan.indicators.value.application.ValueQueries;
import no.virksomhetsplan.indicators.value.domain.StoreOutcome;
import no.virksomhetsplan.indicators.value.domain.StoredValue;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ValueController.PATH)
class ValueController {

    static final String PATH = "/api/indicators/values";

    /** One value of the municipality's own statistics; it replaces the value the unit had for the period. */
    record ValueRequest(
            @NotBlank @Size(max = IndicatorDefinition.MAX_KEY_LENGTH) String indicatorKey,
            @NotNull UUID unitId,
            @NotBlank @Size(max = 10) String period,
            @NotNull @Digits(integer = 16, fraction = 6) BigDecimal value) {
    }

    /**
     * A value as kept. {@code current} is false for a value a later one replaced ({@code replacedBy}).
     *
     * @param recordedBy the person who entered it; null for a fagsystem's value
     */
    record ValueResponse(String period, BigDecimal value, boolean current, String sourceSystem, String sourceEventId,
            String corrects, String replacedBy, String recordedBy, Instant recordedAt) {

        static ValueResponse of(StoredValue value) {
            return new ValueResponse(value.period().toString(), value.value(), value.current(), value.sourceSystem(),
                    value.sourceEventId(), value.corrects(), value.replacedBy(), value.recordedBy(), value.recordedAt());
        }
    }

    /** @param previousValue the value it replaced, or null */
    record EnteredResponse(String indicatorKey, UUID unitId, String period, BigDecimal value, BigDecimal previousValue,
            String sourceEventId) {
    }

    private final EnterValue enterValue;
    private final ValueQueries queries;

    ValueController(EnterValue enterValue, ValueQueries queries) {
        this.enterValue = enterValue;
        this.queries = queries;
    }

    /** Enters one value by hand (indicators whose source is MANUAL), for a unit in the caller's part of the organisation. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    EnteredResponse enter(Caller caller, @Valid @RequestBody ValueRequest request) {
        StoreOutcome.Stored stored = enterValue.handle(caller,
                new EnterValueCommand(request.indicatorKey(), request.unitId(), request.period(), request.value()));
        return new EnteredResponse(stored.value().indicator().key(), stored.value().unitId(), stored.value().period().toString(),
                stored.value().value(), stored.previousValue(), stored.value().sourceEventId());
    }

    /** The current values of an indicator for a unit, by period, from {@code from} to {@code to} (at most ten years). */
    @GetMapping
    List<ValueResponse> values(Caller caller, @RequestParam String indicatorKey, @RequestParam UUID unitId,
            @RequestParam String from, @RequestParam String to) {
        return queries.current(caller, indicatorKey, unitId, Period.parse(from), Period.parse(to)).stream()
                .map(ValueResponse::of).toList();
    }

    /** Every value the unit has had for the period, the current one last. */
    @GetMapping("/history")
    List<ValueResponse> history(Caller caller, @RequestParam String indicatorKey, @RequestParam UUID unitId,
            @RequestParam String period) {
        return queries.history(caller, indicatorKey, unitId, Period.parse(period)).stream().map(ValueResponse::of).toList();
    }
}
