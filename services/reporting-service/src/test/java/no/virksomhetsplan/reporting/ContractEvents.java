package no.virksomhetsplan.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.assignments.AssignmentChanged;
import no.virksomhetsplan.contracts.assignments.DelegationChanged;
import no.virksomhetsplan.contracts.assignments.TaskChanged;
import no.virksomhetsplan.contracts.checklists.AnswersSaved;
import no.virksomhetsplan.contracts.checklists.ChecklistDistributed;
import no.virksomhetsplan.contracts.checklists.ChecklistTemplateChanged;
import no.virksomhetsplan.contracts.checklists.DeviationClosed;
import no.virksomhetsplan.contracts.checklists.DeviationRaised;
import no.virksomhetsplan.contracts.checklists.DistributionClosed;
import no.virksomhetsplan.contracts.checklists.ResponseSubmitted;
import no.virksomhetsplan.contracts.indicators.IndicatorCreated;
import no.virksomhetsplan.contracts.indicators.ValueRecorded;
import no.virksomhetsplan.contracts.indicators.ValuesRecorded;
import no.virksomhetsplan.contracts.org.OrgUnitCreated;
import no.virksomhetsplan.contracts.plans.GoalCreated;
import no.virksomhetsplan.contracts.plans.UnitGoalsChanged;
import no.virksomhetsplan.testsupport.CloudEventRecords;
import org.apache.kafka.clients.producer.ProducerRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Events as the other contexts publish them, built from the contracts' own schema examples with a test's ids and
 * values, as Kafka records with CloudEvents headers.
 */
public final class ContractEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An event with its id, so a test can deliver the very same event twice. */
    public record Event(UUID id, String topic, String type, String subject, ObjectNode data) {

        public ProducerRecord<String, byte[]> record(String tenant) {
            return CloudEventRecords.record(topic, id, type, tenant, subject, JSON.writeValueAsString(data));
        }

        /** The same data as a new event (another id). */
        public Event again() {
            return new Event(UUID.randomUUID(), topic, type, subject, data.deepCopy());
        }
    }

    private ContractEvents() {
    }

    public static Event assignment(UUID id, UUID unit, String title, String status, LocalDate deadline, LocalDate overdueSince,
            boolean inReport, long version) {
        ObjectNode data = example(AssignmentChanged.TYPE);
        data.put("assignmentId", id.toString()).put("unitId", unit.toString()).put("title", title).put("status", status)
                .put("deadline", deadline.toString()).put("includeInMonthlyReport", inReport).put("version", version)
                .put("changedAt", Instant.now().toString());
        putDate(data, "overdueSince", overdueSince);
        return new Event(UUID.randomUUID(), Topics.ASSIGNMENTS, AssignmentChanged.TYPE, "assignment/" + id, data);
    }

    public static Event delegation(UUID id, UUID assignment, UUID from, UUID unit, String status, LocalDate deadline,
            LocalDate overdueSince, long version) {
        ObjectNode data = example(DelegationChanged.TYPE);
        data.put("delegationId", id.toString()).put("assignmentId", assignment.toString()).put("fromUnitId", from.toString())
                .put("unitId", unit.toString()).put("status", status).put("deadline", deadline.toString())
                .put("version", version).put("changedAt", Instant.now().toString());
        putDate(data, "overdueSince", overdueSince);
        return new Event(UUID.randomUUID(), Topics.ASSIGNMENTS, DelegationChanged.TYPE, "assignment/" + assignment, data);
    }

    public static Event task(UUID id, UUID assignment, UUID delegation, UUID unit, String status, LocalDate deadline,
            LocalDate overdueSince, long version) {
        ObjectNode data = example(TaskChanged.TYPE);
        data.put("taskId", id.toString()).put("assignmentId", assignment.toString()).put("delegationId", delegation.toString())
                .put("unitId", unit.toString()).put("status", status).put("deadline", deadline.toString())
                .put("version", version).put("changedAt", Instant.now().toString());
        putDate(data, "overdueSince", overdueSince);
        return new Event(UUID.randomUUID(), Topics.ASSIGNMENTS, TaskChanged.TYPE, "assignment/" + assignment, data);
    }

    public static Event unitCreated(UUID id, UUID parent, List<UUID> ancestors, String name) {
        ObjectNode data = example(OrgUnitCreated.TYPE);
        data.put("unitId", id.toString()).put("parentId", parent == null ? null : parent.toString()).put("name", name)
                .put("externalCode", "T" + id.toString().substring(0, 8)).put("version", 1);
        var path = data.putArray("ancestorIds");
        ancestors.forEach(ancestor -> path.add(ancestor.toString()));
        return new Event(UUID.randomUUID(), Topics.ORG, OrgUnitCreated.TYPE, id.toString(), data);
    }

    public static Event indicator(UUID id, String key, String name, String aggregation) {
        ObjectNode data = example(IndicatorCreated.TYPE);
        ((ObjectNode) data.get("indicator")).put("indicatorId", id.toString()).put("key", key).put("nameNb", name)
                .put("aggregation", aggregation).put("periodicity", "MONTH");
        return new Event(UUID.randomUUID(), Topics.INDICATORS, IndicatorCreated.TYPE, "indicator/" + id, data);
    }

    public static Event value(UUID indicator, String key, UUID unit, String period, String value, Instant recordedAt) {
        ObjectNode data = example(ValueRecorded.TYPE);
        data.put("indicatorId", indicator.toString()).put("indicatorKey", key).put("unitId", unit.toString())
                .put("period", period).put("value", new java.math.BigDecimal(value)).put("recordedAt", recordedAt.toString())
                .put("sourceEventId", UUID.randomUUID().toString());
        return new Event(UUID.randomUUID(), Topics.INDICATORS, ValueRecorded.TYPE, "indicator/" + indicator, data);
    }

    /** Values of one indicator and unit stored in one batch (value-recorded v2); periods and values alternate. */
    public static Event values(UUID indicator, String key, UUID unit, Instant recordedAt, String... periodsAndValues) {
        ObjectNode data = example(ValuesRecorded.TYPE);
        data.put("indicatorId", indicator.toString()).put("indicatorKey", key).put("recordedAt", recordedAt.toString());
        ArrayNode values = data.putArray("values");
        for (int i = 0; i < periodsAndValues.length; i += 2) {
            values.addObject().put("unitId", unit.toString()).put("period", periodsAndValues[i])
                    .put("value", new java.math.BigDecimal(periodsAndValues[i + 1])).putNull("previousValue")
                    .put("sourceSystem", "gerica").put("sourceEventId", UUID.randomUUID().toString()).putNull("corrects");
        }
        return new Event(UUID.randomUUID(), Topics.INDICATORS, ValuesRecorded.TYPE, "indicator/" + indicator, data);
    }

    /** A goal owned by {@code owner} with one measure indicator fed by the indicator with {@code indicatorKey}. */
    public static Event goal(UUID id, UUID owner, String title, UUID measureId, String measureName, String target,
            String yellowLimit, String indicatorKey) {
        ObjectNode data = example(GoalCreated.TYPE);
        data.put("goalId", id.toString()).put("ownerUnitId", owner.toString()).put("title", title)
                .put("fromYear", 2027).put("toYear", 2027).put("version", 1);
        ObjectNode measure = data.putArray("indicators").addObject();
        measure.put("indicatorId", measureId.toString()).put("name", measureName).put("unitOfMeasure", "antall")
                .put("targetValue", new java.math.BigDecimal(target)).put("direction", "HIGHER_IS_BETTER")
                .put("yellowLimit", new java.math.BigDecimal(yellowLimit)).put("indicatorKey", indicatorKey);
        return new Event(UUID.randomUUID(), Topics.PLANS, GoalCreated.TYPE, "goal/" + id, data);
    }

    public static Event unitGoals(UUID unit, int year, List<UUID> goals, long version) {
        ObjectNode data = example(UnitGoalsChanged.TYPE);
        data.put("unitId", unit.toString()).put("year", year).put("version", version);
        var ids = data.putArray("goalIds");
        goals.forEach(goal -> ids.add(goal.toString()));
        return new Event(UUID.randomUUID(), Topics.PLANS, UnitGoalsChanged.TYPE, "unit-goals/" + unit + "/" + year, data);
    }

    public static Event template(UUID id, int version, String name, String area) {
        ObjectNode data = example(ChecklistTemplateChanged.TYPE);
        data.put("templateId", id.toString()).put("version", version).put("name", name).put("area", area)
                .put("change", version == 1 ? "CREATED" : "REVISED");
        return new Event(UUID.randomUUID(), Topics.CHECKLISTS, ChecklistTemplateChanged.TYPE, "template/" + id, data);
    }

    /** A distribution of version 1 of the template; {@code responses} maps each unit's checklist to its unit. */
    public static Event distributed(UUID id, UUID template, String title, String periodKind, int year, int number,
            LocalDate deadline, Map<UUID, UUID> responses) {
        ObjectNode data = example(ChecklistDistributed.TYPE);
        data.put("distributionId", id.toString()).put("templateId", template.toString()).put("templateVersion", 1)
                .put("title", title).put("periodKind", periodKind).put("periodYear", year).put("periodNumber", number)
                .put("deadline", deadline.toString());
        var units = data.putArray("units");
        responses.forEach((response, unit) -> units.addObject().put("responseId", response.toString())
                .put("unitId", unit.toString()).putNull("responsible"));
        return new Event(UUID.randomUUID(), Topics.CHECKLISTS, ChecklistDistributed.TYPE, "distribution/" + id, data);
    }

    public static Event distributionClosed(UUID id, long version) {
        ObjectNode data = example(DistributionClosed.TYPE);
        data.put("distributionId", id.toString()).put("version", version);
        return new Event(UUID.randomUUID(), Topics.CHECKLISTS, DistributionClosed.TYPE, "distribution/" + id, data);
    }

    public static Event answersSaved(UUID response, UUID distribution, UUID unit, long version) {
        ObjectNode data = example(AnswersSaved.TYPE);
        data.put("responseId", response.toString()).put("distributionId", distribution.toString())
                .put("unitId", unit.toString()).put("version", version);
        return new Event(UUID.randomUUID(), Topics.CHECKLISTS, AnswersSaved.TYPE, "response/" + response, data);
    }

    public static Event submitted(UUID response, UUID distribution, UUID unit, long version) {
        ObjectNode data = example(ResponseSubmitted.TYPE);
        data.put("responseId", response.toString()).put("distributionId", distribution.toString())
                .put("unitId", unit.toString()).put("version", version);
        return new Event(UUID.randomUUID(), Topics.CHECKLISTS, ResponseSubmitted.TYPE, "response/" + response, data);
    }

    public static Event deviationRaised(UUID id, UUID distribution, UUID response, UUID unit, String description,
            String severity, LocalDate deadline, Instant raisedAt) {
        ObjectNode data = example(DeviationRaised.TYPE);
        data.put("deviationId", id.toString()).put("distributionId", distribution.toString())
                .put("responseId", response.toString()).put("unitId", unit.toString()).put("description", description)
                .put("severity", severity).put("deadline", deadline.toString()).put("followUpId", UUID.randomUUID().toString())
                .put("raisedAt", raisedAt.toString());
        return new Event(UUID.randomUUID(), Topics.CHECKLISTS, DeviationRaised.TYPE, "deviation/" + id, data);
    }

    public static Event deviationClosed(UUID id, UUID distribution, UUID unit, Instant closedAt) {
        ObjectNode data = example(DeviationClosed.TYPE);
        data.put("deviationId", id.toString()).put("distributionId", distribution.toString()).put("unitId", unit.toString())
                .put("closedAt", closedAt.toString()).put("version", 2);
        return new Event(UUID.randomUUID(), Topics.CHECKLISTS, DeviationClosed.TYPE, "deviation/" + id, data);
    }

    private static void putDate(ObjectNode data, String field, LocalDate date) {
        if (date == null) {
            data.putNull(field);
        } else {
            data.put(field, date.toString());
        }
    }

    private static ObjectNode example(String type) {
        JsonNode schema = JSON.readTree(ContractEvents.class.getClassLoader().getResourceAsStream("event-schemas/" + type + ".json"));
        return (ObjectNode) schema.get("examples").get(0).deepCopy();
    }
}
