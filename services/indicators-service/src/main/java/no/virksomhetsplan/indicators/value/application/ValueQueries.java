package no.virksomhetsplan.indicators.value.application;

import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.indicators.definition.domain.IndicatorDefinition;
import no.virksomhetsplan.indicators.definition.domain.IndicatorDefinitions;
import no.virksomhetsplan.indicators.orgunit.domain.Units;
import no.virksomhetsplan.indicators.period.domain.Period;
import no.virksomhetsplan.indicators.value.domain.IndicatorValues;
import no.virksomhetsplan.indicators.value.domain.StoredValue;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everyone in the municipality may read its indicator values: they are statistics about units, not about people. */
@Service
@Transactional(readOnly = true)
public class ValueQueries {

    /** The longest span one read covers: ten years of months. */
    public static final int MAX_YEARS = 10;

    private final IndicatorDefinitions indicators;
    private final Units units;
    private final IndicatorValues values;

    ValueQueries(IndicatorDefinitions indicators, Units units, IndicatorValues values) {
        this.indicators = indicators;
        this.units = units;
        this.values = values;
    }

    /** The current values of an indicator for a unit from one period to another (both included). */
    public List<StoredValue> current(Caller caller, String indicatorKey, UUID unitId, Period from, Period to) {
        if (from.compareTo(to) > 0 || to.year() - from.year() >= MAX_YEARS) {
            throw new RuleViolationException("Ask for at most " + MAX_YEARS + " years, from an earlier period to a later one.");
        }
        return values.current(caller.tenant(), indicator(caller, indicatorKey).id(), unit(caller, unitId), from, to);
    }

    /** Every value a cell has had, the current one last. */
    public List<StoredValue> history(Caller caller, String indicatorKey, UUID unitId, Period period) {
        return values.history(caller.tenant(), indicator(caller, indicatorKey).id(), unit(caller, unitId), period);
    }

    private IndicatorDefinition indicator(Caller caller, String key) {
        return indicators.findByKey(caller.tenant(), key)
                .orElseThrow(() -> new NotFoundException("Your municipality has no indicator with key '" + key + "'."));
    }

    private UUID unit(Caller caller, UUID unitId) {
        return units.byId(caller.tenant(), unitId)
                .orElseThrow(() -> new NotFoundException("Your municipality has no org unit " + unitId + ".")).id();
    }
}
