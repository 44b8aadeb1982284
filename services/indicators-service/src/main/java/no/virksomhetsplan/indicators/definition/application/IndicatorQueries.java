package no.virksomhetsplan.indicators.definition.application;

import java.util.List;
import no.virksomhetsplan.indicators.definition.domain.IndicatorDefinition;
import no.virksomhetsplan.indicators.definition.domain.IndicatorDefinitions;
import no.virksomhetsplan.indicators.definition.domain.IndicatorId;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everyone in the municipality may read its indicator definitions: they say what is measured, not who. */
@Service
@Transactional(readOnly = true)
public class IndicatorQueries {

    private final IndicatorDefinitions indicators;

    IndicatorQueries(IndicatorDefinitions indicators) {
        this.indicators = indicators;
    }

    public IndicatorDefinition indicator(Caller caller, IndicatorId id) {
        return indicators.find(caller.tenant(), id).orElseThrow(() -> new NotFoundException("No such indicator in your municipality."));
    }

    public IndicatorDefinition indicatorWithKey(Caller caller, String key) {
        return indicators.findByKey(caller.tenant(), key)
                .orElseThrow(() -> new NotFoundException("Your municipality has no indicator with key '" + key + "'."));
    }

    /** @param serviceArea null for every service area */
    public List<IndicatorDefinition> indicators(Caller caller, String serviceArea) {
        return indicators.all(caller.tenant(), serviceArea);
    }
}
