package no.virksomhetsplan.checklists.overview.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the status overview reads: counter rows by key, and the units that have not submitted, through an index. */
public interface OverviewReads {

    /** A unit's subtree counts of a distribution, by measure; measures never counted are absent. */
    Map<ResponseMeasure, Long> responseCounts(String tenant, UUID distributionId, UUID unitId);

    /** A unit with its name. */
    record UnitName(UUID id, String name) {
    }

    /** The subtree counts of each unit directly below {@code parentId} that has checklists of the distribution. */
    Map<UnitName, Map<ResponseMeasure, Long>> childrenResponseCounts(String tenant, UUID distributionId, UUID parentId);

    /** A unit's subtree counts of each question, by measure. */
    Map<UUID, Map<QuestionMeasure, Long>> questionCounts(String tenant, UUID distributionId, UUID unitId);

    /**
     * A unit of the subtree whose checklist is not submitted, with who should answer it.
     *
     * @param leader the unit's leader, or for a unit without one the leader of the nearest unit above that has one
     */
    record Unanswered(UUID responseId, UUID unitId, String unitName, String status, String responsible, String leader) {
    }

    /** The subtree's checklists not submitted yet, in tree order, paged. */
    List<Unanswered> notSubmitted(String tenant, UUID distributionId, String pathPrefix, int offset, int limit);
}
