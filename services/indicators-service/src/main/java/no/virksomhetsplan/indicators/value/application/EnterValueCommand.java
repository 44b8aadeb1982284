package no.virksomhetsplan.indicators.value.application;

import java.math.BigDecimal;
import java.util.UUID;

public record EnterValueCommand(String indicatorKey, UUID unitId, String period, BigDecimal value) {
}
