package no.virksomhetsplan.contracts;

import java.util.List;
import no.virksomhetsplan.contracts.indicators.IndicatorValueReported;

/**
 * The types we receive from outside (professional systems) rather than publish. Each has a JSON Schema under
 * {@code event-schemas/<type>.json} and a receive operation in the event catalogue; they are kept apart from
 * {@link EventTypes#ALL} because no service of ours produces them.
 */
public final class InboundTypes {

    public static final List<String> ALL = List.of(IndicatorValueReported.TYPE);

    private InboundTypes() {
    }
}
