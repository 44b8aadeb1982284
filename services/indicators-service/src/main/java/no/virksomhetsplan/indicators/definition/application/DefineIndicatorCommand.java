package no.virksomhetsplan.indicators.definition.application;

import no.virksomhetsplan.indicators.definition.domain.IndicatorContent;

public record DefineIndicatorCommand(String key, IndicatorContent content) {
}
