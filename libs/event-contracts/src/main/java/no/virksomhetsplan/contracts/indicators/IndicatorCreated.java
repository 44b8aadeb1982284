package no.virksomhetsplan.contracts.indicators;

import no.virksomhetsplan.contracts.IntegrationEvent;

/**
 * An indicator definition was created. Published on {@link no.virksomhetsplan.contracts.Topics#INDICATORS}.
 *
 * @param indicator the definition
 * @param version   the definition's version after this change; replicas ignore older versions
 */
public record IndicatorCreated(IndicatorData indicator, long version) implements IntegrationEvent {

    public static final String TYPE = "no.virksomhetsplan.indicators.indicator-created.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return "indicator/" + indicator.indicatorId();
    }
}
