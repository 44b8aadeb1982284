package no.virksomhetsplan.plans.letter.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import no.virksomhetsplan.plans.common.domain.Texts;
import no.virksomhetsplan.platform.domain.RuleViolationException;

/**
 * The text of one revision of a letter: a title, the sections, and the goals it links.
 *
 * @param goalIds goals of the plan the letter points the unit to, each once, in the sender's order
 */
public record LetterContent(String title, LetterSections sections, List<UUID> goalIds) {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_GOALS = 200;

    public LetterContent {
        title = Texts.required(title, "The letter's title", MAX_TITLE_LENGTH);
        sections = sections == null ? LetterSections.EMPTY : sections;
        goalIds = goalIds == null ? List.of() : goalIds.stream().filter(Objects::nonNull).distinct().toList();
        if (goalIds.size() > MAX_GOALS) {
            throw new RuleViolationException("A letter links at most " + MAX_GOALS + " goals.");
        }
    }
}
