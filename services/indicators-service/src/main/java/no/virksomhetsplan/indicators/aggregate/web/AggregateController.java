package no.virksomhetsplan.indicators.aggregate.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.indicators.aggregate.application.AggregateQueries;
import no.virksomhetsplan.indicators.aggregate.application.AggregatesBehindException;
import no.virksomhetsplan.indicators.aggregate.domain.Aggregate;
import no.virksomhetsplan.indicators.period.domain.Period;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AggregateController {

    /**
     * @param scope      UNIT (the unit's own values) or SUBTREE (with everything below it)
     * @param valueCount how many stored values it is built from
     */
    record AggregateResponse(String period, String scope, BigDecimal value, int valueCount) {

        static AggregateResponse of(Aggregate aggregate) {
            return new AggregateResponse(aggregate.period().toString(), aggregate.scope().name(), aggregate.value(), aggregate.valueCount());
        }
    }

    private final AggregateQueries queries;

    AggregateController(AggregateQueries queries) {
        this.queries = queries;
    }

    /**
     * An indicator's months, tertials and years for a unit (its own values, and with everything below it where the
     * indicator rolls up), for the periods beginning from {@code from} to {@code to}.
     */
    @GetMapping("/api/indicators/aggregates")
    List<AggregateResponse> aggregates(Caller caller, @RequestParam String indicatorKey, @RequestParam UUID unitId,
            @RequestParam String from, @RequestParam String to) {
        return queries.aggregates(caller, indicatorKey, unitId, Period.parse(from), Period.parse(to)).stream()
                .map(AggregateResponse::of).toList();
    }

    /** The aggregates have not taken in the latest values yet (the aggregator is far behind, or down): ask again. */
    @ExceptionHandler(AggregatesBehindException.class)
    ResponseEntity<ProblemDetail> behind(AggregatesBehindException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
    }
}
