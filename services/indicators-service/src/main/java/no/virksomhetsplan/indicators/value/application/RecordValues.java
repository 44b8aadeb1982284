package no.virksomhetsplan.indicators.value.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.indicators.IndicatorValueReported;
import no.virksomhetsplan.contracts.indicators.ValuesRecorded;
import no.virksomhetsplan.indicators.aggregate.application.AggregateJournal;
import no.virksomhetsplan.indicators.aggregate.domain.ValueChange;
import no.virksomhetsplan.indicators.definition.domain.IndicatorDefinition;
import no.virksomhetsplan.indicators.definition.domain.IndicatorDefinitions;
import no.virksomhetsplan.indicators.orgunit.domain.Unit;
import no.virksomhetsplan.indicators.orgunit.domain.Units;
import no.virksomhetsplan.indicators.value.domain.IndicatorValues;
import no.virksomhetsplan.indicators.value.domain.NewValue;
import no.virksomhetsplan.indicators.value.domain.StoreOutcome;
import no.virksomhetsplan.indicators.value.domain.Submitter;
import no.virksomhetsplan.indicators.value.domain.ValueRules;
import no.virksomhetsplan.platform.messaging.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks and stores a batch of values of one municipality in one transaction: the indicators and units of the whole
 * batch are read in one query each, every value is checked in memory, the accepted ones are stored in as few
 * statements as possible, what they change in the aggregates goes to the aggregates' journal, and one event per indicator
 * with its stored values goes to the outbox, all committed together.
 */
@Service
public class RecordValues {

    private final IndicatorDefinitions indicators;
    private final Units units;
    private final IndicatorValues values;
    private final AggregateJournal aggregates;
    private final Outbox outbox;
    private final Clock clock;

    RecordValues(IndicatorDefinitions indicators, Units units, IndicatorValues values, AggregateJournal aggregates, Outbox outbox,
            Clock clock) {
        this.indicators = indicators;
        this.units = units;
        this.values = values;
        this.aggregates = aggregates;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @return one outcome per value, in the same order */
    @Transactional
    public List<StoreOutcome> record(String tenant, Submitter submitter, List<IndicatorValueReported> reported) {
        Map<String, IndicatorDefinition> byKey = indicators.findByKeys(tenant,
                        reported.stream().map(IndicatorValueReported::indicatorKey).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(IndicatorDefinition::key, Function.identity()));
        Set<UUID> unitIds = new HashSet<>();
        Set<String> unitCodes = new HashSet<>();
        reported.forEach(value -> {
            if (value.unitId() != null) {
                unitIds.add(value.unitId());
            } else if (value.unitCode() != null) {
                unitCodes.add(value.unitCode());
            }
        });
        Map<UUID, Unit> unitsById = units.byIds(tenant, unitIds);
        Map<String, Unit> unitsByCode = units.byCodes(tenant, unitCodes);
        LocalDate today = LocalDate.now(clock);

        StoreOutcome[] outcomes = new StoreOutcome[reported.size()];
        List<NewValue> accepted = new ArrayList<>();
        List<Integer> acceptedAt = new ArrayList<>();
        for (int i = 0; i < reported.size(); i++) {
            IndicatorValueReported value = reported.get(i);
            Unit unit = value.unitId() != null ? unitsById.get(value.unitId()) : unitsByCode.get(value.unitCode());
            ValueRules.Checked checked = ValueRules.check(tenant, value, submitter, byKey.get(value.indicatorKey()), unit, today);
            if (checked instanceof ValueRules.Accepted ok) {
                accepted.add(ok.value());
                acceptedAt.add(i);
            } else if (checked instanceof ValueRules.Refused refused) {
                outcomes[i] = new StoreOutcome.Refused(refused.rejection());
            }
        }
        if (!accepted.isEmpty()) {
            List<StoreOutcome> stored = values.store(tenant, accepted);
            for (int j = 0; j < stored.size(); j++) {
                outcomes[acceptedAt.get(j)] = stored.get(j);
            }
            List<StoreOutcome.Stored> changes = stored.stream().filter(StoreOutcome.Stored.class::isInstance)
                    .map(StoreOutcome.Stored.class::cast).toList();
            aggregates.append(tenant, changes.stream().map(change -> ValueChange.of(change.value().indicator(),
                    change.value().unitId(), change.value().period(), change.value().value(), change.previousValue())).toList());
            outbox.addAll(Topics.INDICATORS, tenant, events(changes));
        }
        return List.of(outcomes);
    }

    /** One event per indicator for its values, in the order they were stored, at most {@link ValuesRecorded#MAX_VALUES} each. */
    private List<ValuesRecorded> events(List<StoreOutcome.Stored> stored) {
        Instant now = Instant.now(clock);
        Map<UUID, List<ValuesRecorded.Value>> byIndicator = new LinkedHashMap<>();
        Map<UUID, String> keys = new HashMap<>();
        for (StoreOutcome.Stored one : stored) {
            NewValue value = one.value();
            UUID indicatorId = value.indicator().id().value();
            keys.putIfAbsent(indicatorId, value.indicator().key());
            byIndicator.computeIfAbsent(indicatorId, indicator -> new ArrayList<>()).add(new ValuesRecorded.Value(value.unitId(),
                    value.period().toString(), value.value(), one.previousValue(), value.sourceSystem(), value.sourceEventId(),
                    value.corrects()));
        }
        List<ValuesRecorded> events = new ArrayList<>();
        byIndicator.forEach((indicator, values) -> {
            for (int from = 0; from < values.size(); from += ValuesRecorded.MAX_VALUES) {
                events.add(new ValuesRecorded(indicator, keys.get(indicator),
                        values.subList(from, Math.min(values.size(), from + ValuesRecorded.MAX_VALUES)), now));
            }
        });
        return events;
    }
}
