package no.virksomhetsplan.indicators.definition.application;

import no.virksomhetsplan.indicators.definition.domain.IndicatorContent;
import no.virksomhetsplan.indicators.definition.domain.IndicatorId;

/** @param basedOnVersion the version the editor read */
public record ReviseIndicatorCommand(IndicatorId id, long basedOnVersion, IndicatorContent content) {
}
