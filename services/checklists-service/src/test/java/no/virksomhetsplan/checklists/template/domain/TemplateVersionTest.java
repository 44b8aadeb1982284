package no.virksomhetsplan.checklists.template.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.platform.domain.ConflictException;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

class TemplateVersionTest {

    private static final Instant NOW = Instant.parse("2027-02-20T09:15:00Z");
    private final Question exits = new Question(UUID.randomUUID(), "Er rømningsveiene frie?", QuestionType.YES_NO, true);

    private TemplateContent withQuestions(List<Question> questions) {
        return new TemplateContent("HMS", Area.HSE, " ", List.of(new Category("Brannvern",
                List.of(new Checkpoint("Rømningsveier", questions)))));
    }

    @Test
    void aRevisionIsTheNextVersionAndKeepsTheEarlierOneAsItWas() {
        TemplateVersion first = TemplateVersion.define(withQuestions(List.of(exits)), "hilde.admin", NOW);
        Question renamed = new Question(exits.id(), "Er rømningsveiene frie og merket?", QuestionType.YES_NO, true);
        TemplateVersion second = first.revise(1, withQuestions(List.of(renamed)), "hilde.admin", NOW.plusSeconds(60));

        assertThat(second.templateId()).isEqualTo(first.templateId());
        assertThat(second.version()).isEqualTo(2);
        assertThat(first.question(exits.id())).get().extracting(Question::text).isEqualTo("Er rømningsveiene frie?");
        assertThat(second.question(exits.id())).get().extracting(Question::text).isEqualTo("Er rømningsveiene frie og merket?");
        assertThat(first.event().change()).isEqualTo("CREATED");
        assertThat(second.event().change()).isEqualTo("REVISED");
        assertThat(first.content().description()).as("a blank description is none").isNull();
        assertThatThrownBy(() -> second.revise(1, withQuestions(List.of(exits)), "hilde.admin", NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("latest version is 2");
    }

    @Test
    void aTemplateHasQuestionsEachIdOnceAndNotTooMany() {
        assertThatThrownBy(() -> withQuestions(List.of(exits, exits))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("used twice");
        assertThatThrownBy(() -> withQuestions(List.of())).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("has no questions");
        assertThatThrownBy(() -> new Question(UUID.randomUUID(), " ", QuestionType.TEXT, false))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("question's text is empty");
        List<Checkpoint> many = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            List<Question> questions = new ArrayList<>();
            for (int q = 0; q < 80; q++) {
                questions.add(new Question(UUID.randomUUID(), "Spørsmål " + q, QuestionType.CHECKBOX, false));
            }
            many.add(new Checkpoint("Punkt " + c, questions));
        }
        assertThatThrownBy(() -> new TemplateContent("Stor", Area.OTHER, null, List.of(new Category("Alt", many))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("at most 300 questions; this one has 320");
    }
}
