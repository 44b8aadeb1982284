package no.virksomhetsplan.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.virksomhetsplan.dev.ScaleChecklists.PlannedDistribution;
import no.virksomhetsplan.dev.ScaleChecklists.PlannedResponse;
import no.virksomhetsplan.dev.ScaleChecklists.State;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScaleChecklistsTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    private final ScaleModel oslo = new ScaleModel(2027, ScaleModel.Size.OSLO, TODAY);
    private final ScaleChecklists checklists = oslo.checklists();
    /** The whole plan at full size, walked once for the tests that count it (seconds). */
    private static ScaleChecklists.Totals fullSize;

    private ScaleChecklists.Totals fullSizeTotals() {
        if (fullSize == null) {
            fullSize = checklists.totals();
        }
        return fullSize;
    }

    @Test
    void the_templates_are_a_monthly_hms_checklist_of_20_a_monthly_quality_one_of_40_and_a_yearly_internal_control_one_of_40() {
        Map<String, ScaleChecklists.Template> byKey = ScaleChecklists.TEMPLATES.stream()
                .collect(Collectors.toMap(ScaleChecklists.Template::key, t -> t));

        assertThat(byKey.get("hms").questions()).hasSize(20);
        assertThat(byKey.get("hms").periodKind()).isEqualTo("MONTH");
        assertThat(byKey.get("kvalitet").questions()).hasSize(40);
        assertThat(byKey.get("kvalitet").periodKind()).isEqualTo("MONTH");
        assertThat(byKey.get("internkontroll").questions()).hasSize(40);
        assertThat(byKey.get("internkontroll").periodKind()).isEqualTo("YEAR");
        for (ScaleChecklists.Template template : ScaleChecklists.TEMPLATES) {
            assertThat(template.questions()).extracting(ScaleChecklists.Question::type)
                    .contains("YES_NO", "CHECKBOX", "NUMBER", "TEXT");
            assertThat(template.questions().get(0).required()).as("a draft answers at least its first question").isTrue();
            assertThat(template.questions().stream().map(ScaleChecklists.Question::text).distinct()).hasSize(template.questions().size());
        }
    }

    @Test
    void a_template_is_sent_with_the_fields_the_templates_api_takes() {
        JsonNode categories = JsonMapper.builder().build().valueToTree(ScaleChecklists.TEMPLATES.get(0).categories());

        JsonNode first = categories.get(0);
        assertThat(first.get("title").asString()).isEqualTo("Brannvern");
        JsonNode question = first.get("checkpoints").get(0).get("questions").get(0);
        assertThat(question.get("text").asString()).isEqualTo("Er rømningsveiene frie og merket?");
        assertThat(question.get("type").asString()).isEqualTo("YES_NO");
        assertThat(question.get("required").asBoolean()).isTrue();
        assertThat(first.get("checkpoints").get(0).get("title").asString()).isEqualTo("Rømningsveier og nødlys");
    }

    @Test
    void every_unit_gets_each_checklist_once_a_period_in_distributions_of_at_most_1000_units() {
        List<PlannedDistribution> distributions = checklists.distributions();
        Set<String> allUnits = oslo.units().stream().map(ScaleModel.Unit::code).collect(Collectors.toSet());
        Map<String, List<String>> unitsByTemplateAndPeriod = new HashMap<>();
        for (PlannedDistribution distribution : distributions) {
            assertThat(distribution.unitCodes()).hasSizeLessThanOrEqualTo(1000);
            unitsByTemplateAndPeriod.computeIfAbsent(distribution.template().key() + " " + distribution.period(), key -> new java.util.ArrayList<>())
                    .addAll(distribution.unitCodes());
        }

        // 48 monthly periods for each of two monthly templates, and the yearly one for 2023 to 2027.
        assertThat(unitsByTemplateAndPeriod).hasSize(2 * 48 + 5);
        unitsByTemplateAndPeriod.values().forEach(units -> assertThat(units).hasSize(1481).containsExactlyInAnyOrderElementsOf(allUnits));
        // One distribution for the top unit and one for each of the eight sectors, with unique titles.
        assertThat(distributions).hasSize(9 * (2 * 48 + 5));
        assertThat(distributions.stream().map(PlannedDistribution::title).distinct()).hasSize(distributions.size());
        assertThat(distributions.get(0).title()).isEqualTo("HMS-sjekkliste (månedlig) – april 2023 – Storby kommune");
        assertThat(distributions.get(1).title()).isEqualTo("HMS-sjekkliste (månedlig) – april 2023 – Oppvekst");
    }

    @Test
    void only_the_current_month_and_year_stay_open_and_no_deadline_is_before_today_or_the_period() {
        for (PlannedDistribution distribution : checklists.distributions()) {
            ScaleChecklists.Period period = distribution.period();
            boolean current = period.kind().equals("YEAR") ? period.year() == 2027 : period.year() == 2027 && period.number() == 3;
            assertThat(distribution.open()).as(distribution.title()).isEqualTo(current);
            assertThat(distribution.deadline()).isAfterOrEqualTo(TODAY);
            assertThat(distribution.deadline()).isAfterOrEqualTo(period.kind().equals("YEAR") ? LocalDate.of(period.year(), 1, 1)
                    : YearMonth.of(period.year(), period.number()).atDay(1));
        }
    }

    @Test
    void the_same_seed_gives_the_same_checklists_and_another_seed_others() {
        ScaleChecklists again = new ScaleModel(2027, ScaleModel.Size.OSLO, TODAY).checklists();
        ScaleChecklists other = new ScaleModel(2028, ScaleModel.Size.OSLO, TODAY).checklists();
        PlannedDistribution distribution = checklists.distributions().get(5);

        assertThat(again.distributions()).isEqualTo(checklists.distributions());
        List<PlannedResponse> planned = distribution.unitCodes().stream().map(unit -> checklists.response(distribution, unit)).toList();
        assertThat(distribution.unitCodes().stream().map(unit -> again.response(distribution, unit)).toList()).isEqualTo(planned);
        assertThat(distribution.unitCodes().stream().map(unit -> other.response(distribution, unit)).toList()).isNotEqualTo(planned);
        ScaleModel.Size tenth = ScaleModel.Size.OSLO.scaled(0.1);
        assertThat(new ScaleModel(2027, tenth, TODAY).checklists().totals()).isEqualTo(new ScaleModel(2027, tenth, TODAY).checklists().totals())
                .isNotEqualTo(new ScaleModel(2028, tenth, TODAY).checklists().totals());
    }

    @Test
    void at_full_size_a_month_asks_88_860_questions_and_gets_about_74_000_answers() {
        YearMonth past = YearMonth.of(2027, 1);
        long asked = 0;
        long answers = 0;
        for (PlannedDistribution distribution : checklists.distributions()) {
            if (distribution.period().kind().equals("MONTH") && distribution.period().year() == past.getYear()
                    && distribution.period().number() == past.getMonthValue()) {
                asked += (long) distribution.unitCodes().size() * distribution.template().questions().size();
                answers += distribution.unitCodes().stream().mapToInt(unit -> checklists.response(distribution, unit).answers().size()).sum();
            }
        }

        assertThat(asked).isEqualTo(1481L * 60);
        assertThat(answers).isBetween(70_000L, 80_000L);
    }

    @Test
    void most_checklists_are_submitted_some_are_drafts_some_not_started_and_a_few_raise_deviations() {
        ScaleChecklists.Totals totals = fullSizeTotals();

        assertThat(totals.checklists()).isEqualTo(1481L * (2 * 48 + 5));
        assertThat(totals.submitted() + totals.drafts() + totals.notStarted()).isEqualTo(totals.checklists());
        assertThat(totals.submitted()).isBetween(totals.checklists() * 85 / 100, totals.checklists() * 90 / 100);
        assertThat(totals.drafts()).isBetween(totals.checklists() * 3 / 100, totals.checklists() * 6 / 100);
        assertThat(totals.notStarted()).isBetween(totals.checklists() * 6 / 100, totals.checklists() * 10 / 100);
        assertThat(totals.deviations()).isBetween(totals.submitted() / 100, totals.submitted() / 25);
    }

    @Test
    void the_counts_per_share_are_those_dev_readme_gives() {
        assertThat(fullSizeTotals()).isEqualTo(new ScaleChecklists.Totals(909, 149_581, 131_268, 6_745, 11_568, 3_731_068, 2_309));
        assertThat(new ScaleModel(2027, ScaleModel.Size.OSLO.scaled(0.1), TODAY).checklists().totals())
                .isEqualTo(new ScaleChecklists.Totals(108, 17_772, 13_788, 1_744, 2_240, 418_753, 261));
    }

    @Test
    void the_answers_fit_their_questions_and_a_submitted_checklist_answers_every_required_question() {
        int withDeviations = 0;
        for (PlannedDistribution distribution : checklists.distributions().subList(0, 200)) {
            List<ScaleChecklists.Question> questions = distribution.template().questions();
            for (String unit : distribution.unitCodes()) {
                PlannedResponse response = checklists.response(distribution, unit);
                Set<Integer> answered = new HashSet<>();
                for (ScaleChecklists.PlannedAnswer answer : response.answers()) {
                    assertThat(answered.add(answer.question())).as("each question answered once").isTrue();
                    String type = questions.get(answer.question()).type();
                    assertThat(answer.text() != null).isEqualTo(type.equals("TEXT"));
                    assertThat(answer.checked() != null).isEqualTo(type.equals("CHECKBOX"));
                    assertThat(answer.choice() != null).isEqualTo(type.equals("YES_NO"));
                    assertThat(answer.number() != null).isEqualTo(type.equals("NUMBER"));
                    assertThat(answer.reason() != null).isEqualTo("NOT_RELEVANT".equals(answer.choice()));
                }
                switch (response.state()) {
                    case NOT_STARTED -> assertThat(response.answers()).isEmpty();
                    case DRAFT -> assertThat(response.answers()).isNotEmpty().hasSizeLessThan(questions.size());
                    case SUBMITTED -> {
                        for (int i = 0; i < questions.size(); i++) {
                            if (questions.get(i).required()) {
                                assertThat(answered).contains(i);
                            }
                        }
                    }
                }
                if (!response.deviations().isEmpty()) {
                    withDeviations++;
                    assertThat(response.state()).isEqualTo(State.SUBMITTED);
                }
                for (ScaleChecklists.PlannedDeviation deviation : response.deviations()) {
                    assertThat(response.answers()).anySatisfy(answer -> {
                        assertThat(answer.question()).isEqualTo(deviation.question());
                        assertThat(answer.choice()).isEqualTo("NO");
                    });
                    assertThat(deviation.responsible()).isEqualTo("leder-" + unit);
                    assertThat(deviation.deadline()).isAfter(TODAY);
                    assertThat(deviation.severity()).isIn("LOW", "MEDIUM", "HIGH");
                }
            }
        }
        assertThat(withDeviations).isPositive();
    }

    @Test
    void some_units_leave_many_of_their_checklists_and_most_leave_few() {
        Map<Integer, Long> unitsByDiligence = oslo.units().stream()
                .collect(Collectors.groupingBy(unit -> checklists.diligence(unit.code()), Collectors.counting()));
        List<PlannedDistribution> past = checklists.distributions().stream().filter(d -> !d.open()).toList();
        Map<String, Integer> submittedByUnit = new HashMap<>();
        for (PlannedDistribution distribution : past.subList(0, 9 * 40)) {
            for (String unit : distribution.unitCodes()) {
                if (checklists.response(distribution, unit).state() == State.SUBMITTED) {
                    submittedByUnit.merge(unit, 1, Integer::sum);
                }
            }
        }

        assertThat(unitsByDiligence.get(0)).isBetween(950L, 1120L);
        assertThat(unitsByDiligence.get(2)).isBetween(70L, 170L);
        // Each unit has 40 past HMS checklists here: the diligent submit nearly all, the careless about half.
        double diligent = oslo.units().stream().filter(u -> checklists.diligence(u.code()) == 0)
                .mapToInt(u -> submittedByUnit.getOrDefault(u.code(), 0)).average().orElseThrow();
        double careless = oslo.units().stream().filter(u -> checklists.diligence(u.code()) == 2)
                .mapToInt(u -> submittedByUnit.getOrDefault(u.code(), 0)).average().orElseThrow();
        assertThat(diligent).isBetween(37.0, 39.5);
        assertThat(careless).isBetween(15.0, 21.0);
    }

    @Test
    void a_tenth_share_loads_five_months_on_the_same_tree() {
        ScaleChecklists tenth = new ScaleModel(2027, ScaleModel.Size.OSLO.scaled(0.1), TODAY).checklists();

        assertThat(tenth.months()).containsExactly(YearMonth.of(2026, 11), YearMonth.of(2026, 12), YearMonth.of(2027, 1),
                YearMonth.of(2027, 2), YearMonth.of(2027, 3));
        assertThat(tenth.totals().checklists()).isEqualTo(1481L * (2 * 5 + 2));
        assertThat(tenth.totals().distributions()).isEqualTo(9 * (2 * 5 + 2));
    }
}
