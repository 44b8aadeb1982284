package no.virksomhetsplan.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.virksomhetsplan.dev.ScaleChecklists.PlannedDistribution;
import no.virksomhetsplan.dev.ScaleChecklists.State;
import no.virksomhetsplan.dev.ScaleLoad.ChecklistStep;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The requests the checklists step sends, against what checklists-service's request records and rules take (field
 * names, one value field per answer, sizes, username pattern); and what it does with a checklist found half done.
 */
class ScaleChecklistRequestsTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    private static final String USERNAME = "^[A-Za-z0-9._@-]{1,100}$";
    private static final List<String> QUESTION_IDS = IntStream.range(0, 40).mapToObj(i -> "question-" + i).toList();

    private final JsonMapper json = JsonMapper.builder().build();
    private final ScaleModel oslo = new ScaleModel(2027, ScaleModel.Size.OSLO, TODAY);
    private final ScaleChecklists checklists = oslo.checklists();
    private final Map<String, String> unitIds = oslo.units().stream()
            .collect(Collectors.toMap(ScaleModel.Unit::code, unit -> "id-" + unit.code()));

    @Test
    void a_checklist_found_half_done_is_brought_to_its_planned_state_without_answering_twice() {
        assertThat(ScaleLoad.stepsTo(State.NOT_STARTED, "NOT_STARTED")).isEmpty();
        assertThat(ScaleLoad.stepsTo(State.NOT_STARTED, "DRAFT")).isEmpty();
        assertThat(ScaleLoad.stepsTo(State.DRAFT, "NOT_STARTED")).containsExactly(ChecklistStep.ANSWER);
        assertThat(ScaleLoad.stepsTo(State.DRAFT, "DRAFT")).isEmpty();
        assertThat(ScaleLoad.stepsTo(State.SUBMITTED, "NOT_STARTED")).containsExactly(ChecklistStep.ANSWER, ChecklistStep.SUBMIT);
        assertThat(ScaleLoad.stepsTo(State.SUBMITTED, "DRAFT")).containsExactly(ChecklistStep.SUBMIT);
    }

    @Test
    void templates_are_sent_in_the_shape_and_sizes_the_templates_api_takes() {
        for (ScaleChecklists.Template template : ScaleChecklists.TEMPLATES) {
            JsonNode body = json.valueToTree(ScaleLoad.templateBody(template));

            assertThat(fields(body)).containsExactly("name", "area", "description", "categories");
            assertThat(body.get("name").asString()).hasSizeLessThanOrEqualTo(200);
            assertThat(body.get("area").asString()).isIn("QUALITY", "INTERNAL_CONTROL", "HSE", "HR", "OTHER");
            assertThat(body.get("description").asString()).hasSizeLessThanOrEqualTo(4000);
            assertThat(body.get("categories").size()).isBetween(1, 50);
            int questions = 0;
            for (JsonNode category : body.get("categories")) {
                assertThat(fields(category)).containsExactly("title", "checkpoints");
                assertThat(category.get("title").asString()).isNotBlank().hasSizeLessThanOrEqualTo(200);
                for (JsonNode checkpoint : category.get("checkpoints")) {
                    assertThat(fields(checkpoint)).containsExactly("title", "questions");
                    assertThat(checkpoint.get("title").asString()).isNotBlank().hasSizeLessThanOrEqualTo(200);
                    for (JsonNode question : checkpoint.get("questions")) {
                        assertThat(fields(question)).containsExactly("text", "type", "required");
                        assertThat(question.get("text").asString()).isNotBlank().hasSizeLessThanOrEqualTo(1000);
                        assertThat(question.get("type").asString()).isIn("TEXT", "CHECKBOX", "YES_NO", "NUMBER");
                        assertThat(question.get("required").isBoolean()).isTrue();
                        questions++;
                    }
                }
            }
            assertThat(questions).isEqualTo(template.questions().size()).isLessThanOrEqualTo(300);
        }
    }

    @Test
    void every_distribution_names_at_most_1000_units_each_with_the_administrator_to_answer_it() {
        for (PlannedDistribution distribution : checklists.distributions()) {
            JsonNode body = json.valueToTree(ScaleLoad.distributionBody(distribution, "template-id", unitIds, "admin.storby"));

            assertThat(fields(body)).containsExactly("templateId", "title", "period", "deadline", "includeInMonthlyReport", "targets");
            assertThat(body.get("title").asString()).hasSizeLessThanOrEqualTo(300);
            JsonNode period = body.get("period");
            assertThat(period.get("kind").asString()).isIn("MONTH", "YEAR");
            assertThat(period.get("year").asInt()).isBetween(2000, 2200);
            assertThat(period.get("number").asInt()).isBetween(1, period.get("kind").asString().equals("YEAR") ? 1 : 12);
            assertThat(LocalDate.parse(body.get("deadline").asString())).isAfterOrEqualTo(TODAY);
            assertThat(body.get("targets").size()).isBetween(1, 1000).isEqualTo(distribution.unitCodes().size());
            for (JsonNode target : body.get("targets")) {
                assertThat(target.get("unitId").asString()).startsWith("id-");
                assertThat(target.get("includeSubtree").asBoolean()).isFalse();
                assertThat(target.get("responsible").asString()).matches(USERNAME);
            }
        }
    }

    @Test
    void a_unit_the_municipality_lacks_stops_the_load_with_its_code() {
        PlannedDistribution distribution = checklists.distributions().get(1);
        Map<String, String> withoutOne = unitIds.entrySet().stream().filter(e -> !e.getKey().equals(distribution.unitCodes().get(3)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThatThrownBy(() -> ScaleLoad.distributionBody(distribution, "template-id", withoutOne, "admin.storby"))
                .isInstanceOf(ScaleLoad.LoadFailed.class).hasMessageContaining("unit " + distribution.unitCodes().get(3));
    }

    @Test
    void answers_carry_only_their_question_types_field_and_deviations_name_an_answered_question() {
        Set<String> valueFields = Set.of("text", "checked", "choice", "number");
        int deviations = 0;
        for (PlannedDistribution distribution : checklists.distributions().subList(0, 100)) {
            Map<String, String> types = IntStream.range(0, distribution.template().questions().size()).boxed()
                    .collect(Collectors.toMap(QUESTION_IDS::get, i -> distribution.template().questions().get(i).type()));
            for (String unit : distribution.unitCodes()) {
                ScaleChecklists.PlannedResponse response = checklists.response(distribution, unit);
                if (ScaleLoad.stepsTo(response.state(), "NOT_STARTED").contains(ChecklistStep.ANSWER)) {
                    JsonNode answers = json.valueToTree(ScaleLoad.answersBody(response, QUESTION_IDS)).get("answers");
                    assertThat(answers.size()).isBetween(1, 300);
                    for (JsonNode answer : answers) {
                        String type = types.get(answer.get("questionId").asString());
                        Set<String> given = fields(answer).stream().filter(valueFields::contains).collect(Collectors.toSet());
                        assertThat(given).containsExactly(switch (type) {
                            case "TEXT" -> "text";
                            case "CHECKBOX" -> "checked";
                            case "YES_NO" -> "choice";
                            default -> "number";
                        });
                        assertThat(answer.has("reason")).isEqualTo("NOT_RELEVANT".equals(answer.path("choice").asString(null)));
                    }
                }
                for (ScaleChecklists.PlannedDeviation deviation : response.deviations()) {
                    JsonNode body = json.valueToTree(ScaleLoad.deviationBody(deviation, QUESTION_IDS));
                    assertThat(fields(body)).containsExactly("questionId", "description", "severity", "responsible", "deadline");
                    assertThat(types.get(body.get("questionId").asString())).isEqualTo("YES_NO");
                    assertThat(body.get("description").asString()).hasSizeLessThanOrEqualTo(4000);
                    assertThat(body.get("responsible").asString()).matches(USERNAME);
                    deviations++;
                }
            }
        }
        assertThat(deviations).isPositive();
    }

    private static List<String> fields(JsonNode node) {
        return node.propertyNames().stream().toList();
    }
}
