package no.virksomhetsplan.indicators.definition.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.math.BigDecimal;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.indicators.definition.application.DefineIndicatorCommand;
import no.virksomhetsplan.indicators.definition.application.IndicatorAdministration;
import no.virksomhetsplan.indicators.definition.application.IndicatorQueries;
import no.virksomhetsplan.indicators.definition.application.ReviseIndicatorCommand;
import no.virksomhetsplan.indicators.definition.domain.Aggregation;
import no.virksomhetsplan.indicators.definition.domain.AllowedRange;
import no.virksomhetsplan.indicators.definition.domain.IndicatorContent;
import no.virksomhetsplan.indicators.definition.domain.IndicatorDefinition;
import no.virksomhetsplan.indicators.definition.domain.IndicatorId;
import no.virksomhetsplan.indicators.definition.domain.IndicatorSource;
import no.virksomhetsplan.indicators.definition.domain.Names;
import no.virksomhetsplan.indicators.period.domain.Periodicity;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(IndicatorController.PATH)
class IndicatorController {

    static final String PATH = "/api/indicators/definitions";

    /** Validation group of what only an edit needs: the version it was based on. */
    interface Edit {
    }

    /** Validation group of what only a new indicator needs: its key. */
    interface Create {
    }

    record NamesRequest(
            @NotBlank @Size(max = Names.MAX_LENGTH) String nb,
            @NotBlank @Size(max = Names.MAX_LENGTH) String nn,
            @NotBlank @Size(max = Names.MAX_LENGTH) String en) {
    }

    /**
     * @param key      on creation: lower-case letters, digits and hyphens; never changes (on an edit, absent or the same)
     * @param version  required on an edit: the version the edit is based on
     * @param source   {@code MANUAL}, or the fagsystem that delivers the values, e.g. {@code gerica}
     * @param rollUp   whether values roll up through the org tree; absent means yes
     * @param unitIds  the org units the indicator is measured for
     */
    record IndicatorRequest(
            @NotNull(groups = Edit.class) Long version,
            @NotBlank(groups = Create.class) @Size(max = IndicatorDefinition.MAX_KEY_LENGTH) String key,
            @NotNull @Valid NamesRequest names,
            @NotBlank @Size(max = IndicatorDefinition.MAX_UNIT_OF_MEASURE_LENGTH) String unitOfMeasure,
            @NotNull Aggregation aggregation,
            @NotNull Periodicity periodicity,
            @NotBlank @Size(max = IndicatorDefinition.MAX_SERVICE_AREA_LENGTH) String serviceArea,
            @Digits(integer = 15, fraction = 6) BigDecimal minValue,
            @Digits(integer = 15, fraction = 6) BigDecimal maxValue,
            @NotBlank @Size(max = IndicatorSource.MAX_LENGTH) String source,
            Boolean rollUp,
            @NotEmpty @Size(max = IndicatorDefinition.MAX_UNITS) List<@NotNull UUID> unitIds) {

        IndicatorContent toContent() {
            return new IndicatorContent(new Names(names.nb(), names.nn(), names.en()), unitOfMeasure, aggregation, periodicity,
                    serviceArea, new AllowedRange(minValue, maxValue), IndicatorSource.of(source), rollUp == null || rollUp,
                    new HashSet<>(unitIds));
        }
    }

    private final IndicatorAdministration administration;
    private final IndicatorQueries queries;

    IndicatorController(IndicatorAdministration administration, IndicatorQueries queries) {
        this.administration = administration;
        this.queries = queries;
    }

    /** Defines an indicator (administrators only). */
    @PostMapping
    ResponseEntity<IndicatorResponse> define(Caller caller,
            @Validated({Default.class, Create.class}) @RequestBody IndicatorRequest request) {
        IndicatorDefinition indicator = administration.define(caller, new DefineIndicatorCommand(request.key(), request.toContent()));
        return ResponseEntity.created(URI.create(PATH + "/" + indicator.id())).body(IndicatorResponse.of(indicator));
    }

    /** The municipality's indicators by service area and key; with {@code serviceArea}, only those of that area. */
    @GetMapping
    List<IndicatorResponse> indicators(Caller caller, @RequestParam(required = false) String serviceArea) {
        return queries.indicators(caller, serviceArea).stream().map(IndicatorResponse::of).toList();
    }

    @GetMapping("/{id}")
    IndicatorResponse indicator(Caller caller, @PathVariable UUID id) {
        return IndicatorResponse.of(queries.indicator(caller, new IndicatorId(id)));
    }

    /** Replaces names, unit of measure, service area, range, source, roll-up and units (administrators only). */
    @PutMapping("/{id}")
    IndicatorResponse revise(Caller caller, @PathVariable UUID id,
            @Validated({Default.class, Edit.class}) @RequestBody IndicatorRequest request) {
        if (request.key() != null && !request.key().equals(queries.indicator(caller, new IndicatorId(id)).key())) {
            throw new RuleViolationException("An indicator's key never changes: fagsystemer deliver by it.");
        }
        return IndicatorResponse.of(administration.revise(caller,
                new ReviseIndicatorCommand(new IndicatorId(id), request.version(), request.toContent())));
    }
}
