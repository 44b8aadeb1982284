package no.virksomhetsplan.indicators.definition.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import no.virksomhetsplan.contracts.indicators.IndicatorCreated;
import no.virksomhetsplan.contracts.indicators.IndicatorData;
import no.virksomhetsplan.contracts.indicators.IndicatorUpdated;
import no.virksomhetsplan.indicators.period.domain.Periodicity;
import no.virksomhetsplan.platform.domain.ConflictException;
import no.virksomhetsplan.platform.domain.RuleViolationException;

/**
 * An indicator (nøkkeltall) of a municipality: what is measured, in which unit, per which period, how periods add
 * up, which values are possible, who delivers them, and for which org units. The key is how fagsystemer name it.
 *
 * <p>Key, periodicity and aggregation never change: values already stored and the aggregates built from them depend
 * on them. A different rule is a new indicator.
 */
public record IndicatorDefinition(
        IndicatorId id,
        String tenant,
        String key,
        Names names,
        String unitOfMeasure,
        Aggregation aggregation,
        Periodicity periodicity,
        String serviceArea,
        AllowedRange range,
        IndicatorSource source,
        boolean rollUp,
        Set<UUID> unitIds,
        long version) {

    public static final int MAX_KEY_LENGTH = 100;
    public static final int MAX_UNIT_OF_MEASURE_LENGTH = 30;
    public static final int MAX_SERVICE_AREA_LENGTH = 50;
    public static final int MAX_UNITS = 5000;

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0," + (MAX_KEY_LENGTH - 1) + "}");

    public IndicatorDefinition {
        Objects.requireNonNull(id);
        Objects.requireNonNull(tenant);
        Objects.requireNonNull(names);
        Objects.requireNonNull(aggregation);
        Objects.requireNonNull(periodicity);
        Objects.requireNonNull(range);
        Objects.requireNonNull(source);
        if (key == null || !KEY.matcher(key).matches()) {
            throw new RuleViolationException("An indicator's key is lower-case letters, digits and hyphens (at most " + MAX_KEY_LENGTH
                    + "), e.g. hjemmebesok-antall; '" + key + "' is not.");
        }
        unitOfMeasure = required(unitOfMeasure, "unit of measure", "antall or %", MAX_UNIT_OF_MEASURE_LENGTH);
        serviceArea = required(serviceArea, "service area", "HELSE_OMSORG", MAX_SERVICE_AREA_LENGTH);
        unitIds = Set.copyOf(unitIds);
        if (unitIds.isEmpty()) {
            throw new RuleViolationException("The indicator '" + key + "' must be linked to at least one org unit.");
        }
        if (unitIds.size() > MAX_UNITS) {
            throw new RuleViolationException("An indicator is linked to at most " + MAX_UNITS + " org units.");
        }
    }

    /**
     * A new indicator. The caller has checked that the key is free in the municipality and the units exist in it.
     */
    public static Created define(String tenant, String key, IndicatorContent content) {
        IndicatorDefinition indicator = new IndicatorDefinition(IndicatorId.newId(), tenant, key, content.names(),
                content.unitOfMeasure(), content.aggregation(), content.periodicity(), content.serviceArea(), content.range(),
                content.source(), content.rollUp(), content.unitIds(), 1);
        return new Created(indicator, new IndicatorCreated(indicator.data(), indicator.version));
    }

    /**
     * The indicator as edited by someone who read it at {@code basedOnVersion}.
     *
     * @throws ConflictException      if it changed since
     * @throws RuleViolationException if the edit changes the periodicity or the aggregation
     */
    public Revised revise(long basedOnVersion, IndicatorContent content) {
        if (basedOnVersion != version) {
            throw new ConflictException("The indicator '" + key + "' was changed by someone else: you edited version " + basedOnVersion
                    + ", it is now at version " + version + ". Reload it and try again.");
        }
        if (content.periodicity() != periodicity || content.aggregation() != aggregation) {
            throw new RuleViolationException("The periodicity (" + periodicity + ") and aggregation (" + aggregation + ") of '" + key
                    + "' cannot change: stored values depend on them. Define a new indicator instead.");
        }
        IndicatorDefinition revised = new IndicatorDefinition(id, tenant, key, content.names(), content.unitOfMeasure(), aggregation,
                periodicity, content.serviceArea(), content.range(), content.source(), content.rollUp(), content.unitIds(), version + 1);
        return new Revised(revised, new IndicatorUpdated(revised.data(), revised.version));
    }

    public boolean isMeasuredFor(UUID unitId) {
        return unitIds.contains(unitId);
    }

    /** A new indicator with the event that tells the other services. */
    public record Created(IndicatorDefinition indicator, IndicatorCreated event) {
    }

    /** An edited indicator with the event that carries its whole new state. */
    public record Revised(IndicatorDefinition indicator, IndicatorUpdated event) {
    }

    private IndicatorData data() {
        List<UUID> units = unitIds.stream().sorted(Comparator.naturalOrder()).toList();
        return new IndicatorData(id.value(), key, names.nb(), names.nn(), names.en(), unitOfMeasure, aggregation.name(),
                periodicity.name(), serviceArea, range.min(), range.max(), source.name(), rollUp, units);
    }

    private static String required(String value, String what, String example, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException("An indicator needs a " + what + ", e.g. " + example + ".");
        }
        if (value.strip().length() > maxLength) {
            throw new RuleViolationException("An indicator's " + what + " is at most " + maxLength + " characters.");
        }
        return value.strip();
    }
}
