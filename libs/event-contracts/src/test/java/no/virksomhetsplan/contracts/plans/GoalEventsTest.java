package no.virksomhetsplan.contracts.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.contracts.EventSchemas;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GoalEventsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aGoalFromACouncilDecisionWithDecimalTargetsMatchesItsSchema() {
        var sykefravaer = new MeasureIndicatorData(UUID.randomUUID(), "Sykefravær", "%", new BigDecimal("7.5"),
                "LOWER_IS_BETTER", new BigDecimal("8.50"), "sykefravaer-prosent");
        var event = new GoalUpdated(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Lavere sykefravær", null,
                new GoalSourceData("POLITICAL_DECISION", "Kommunestyret", "PS 45/26", LocalDate.of(2026, 12, 10)),
                2027, 2027, List.of(sykefravaer), 2);

        String data = json.writeValueAsString(event);

        assertThat(EventSchemas.violations(GoalUpdated.TYPE, data)).isEmpty();
        JsonNode tree = json.readTree(data);
        assertThat(tree.get("source").get("date").asString()).isEqualTo("2026-12-10");
        assertThat(tree.get("indicators").get(0).get("targetValue").decimalValue()).isEqualByComparingTo("7.5");
        assertThat(tree.propertyNames()).doesNotContain("eventType", "subject");
        assertThat(event.subject()).isEqualTo("goal/" + event.goalId());
    }

    @Test
    void aGoalWithoutIndicatorsOrParentIsValid() {
        var event = new GoalCreated(UUID.randomUUID(), null, UUID.randomUUID(), "Gode oppvekstvilkår", null,
                new GoalSourceData("KOMMUNEPLAN", "Kommuneplanens samfunnsdel 2024–2036", null, null), 2024, 2036,
                List.of(), 1);

        assertThat(EventSchemas.violations(GoalCreated.TYPE, json.writeValueAsString(event))).isEmpty();
    }

    @Test
    void anUnknownSourceKindOrDirectionBreaksTheContract() {
        var event = new GoalCreated(UUID.randomUUID(), null, UUID.randomUUID(), "Mål", null,
                new GoalSourceData("RUMOUR", "Kantina", null, null), 2027, 2027,
                List.of(new MeasureIndicatorData(UUID.randomUUID(), "Trivsel", "%", BigDecimal.TEN, "SIDEWAYS", null, null)), 1);

        assertThat(EventSchemas.violations(GoalCreated.TYPE, json.writeValueAsString(event)))
                .anySatisfy(v -> assertThat(v).contains("kind"))
                .anySatisfy(v -> assertThat(v).contains("direction"));
    }

    @Test
    void aUnitsGoalsAreTheWholeSet() {
        var event = new UnitGoalsChanged(UUID.randomUUID(), 2027, List.of(UUID.randomUUID(), UUID.randomUUID()), 4);

        assertThat(EventSchemas.violations(UnitGoalsChanged.TYPE, json.writeValueAsString(event))).isEmpty();
        assertThat(event.subject()).isEqualTo("unit-goals/" + event.unitId() + "/2027");
    }
}
