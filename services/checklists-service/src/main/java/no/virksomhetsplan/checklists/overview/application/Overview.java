package no.virksomhetsplan.checklists.overview.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The status overview of a distribution for a unit and its subtree: how many checklists were given and in which state,
 * completion per category, checkpoint and question with the distribution of the answers, each unit directly below
 * (to drill down into), the deviations, and the first units that have not submitted with who should answer.
 * Completion is submitted answers out of the checklists given.
 */
public record Overview(
        UUID distributionId,
        String title,
        LocalDate deadline,
        boolean closed,
        UnitRef unit,
        Counts counts,
        List<CategoryStatus> categories,
        List<ChildStatus> children,
        List<Unanswered> notSubmitted,
        boolean moreNotSubmitted) {

    public record UnitRef(UUID id, String name) {
    }

    public record Counts(long assigned, long notStarted, long draft, long submitted, long deviationsOpen, long deviationsClosed,
            double completion) {
    }

    public record CategoryStatus(String title, long answered, long expected, double completion, List<CheckpointStatus> checkpoints) {
    }

    public record CheckpointStatus(String title, long answered, long expected, double completion, List<QuestionStatus> questions) {
    }

    /** @param answers how the submitted answers are spread (YES, NO, NOT_RELEVANT, CHECKED, UNCHECKED) */
    public record QuestionStatus(UUID id, String text, String type, boolean required, long answered, double completion,
            Map<String, Long> answers) {
    }

    public record ChildStatus(UnitRef unit, Counts counts) {
    }

    /** @param answeredBy who should answer: the named person, else the unit's leader (null if the unit has none) */
    public record Unanswered(UUID responseId, UnitRef unit, String status, String answeredBy) {
    }
}
