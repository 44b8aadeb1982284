package no.virksomhetsplan.assignments.deadline.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Which assignments the deadline jobs must look at, across municipalities, in a stable order so a job walks them
 * page by page and an assignment another replica holds is skipped, not retried in a loop.
 */
public interface DeadlineCandidates {

    /** Assignments with an open item whose deadline is before {@code today} and which is not marked overdue yet. */
    List<AssignmentRef> withNewlyOverdueItems(LocalDate today, AssignmentRef after, int limit);

    /**
     * Assignments with an open item due at most {@code maxDaysAhead} days after {@code today} whose reminder has not gone
     * out, or an overdue item whose superior leader has not been told; the job decides per item by the municipality's
     * rules.
     */
    List<AssignmentRef> needingNotice(LocalDate today, int maxDaysAhead, AssignmentRef after, int limit);

    /** The municipalities with open items that someone is responsible for. */
    List<String> tenantsWithResponsibles();

    /** The people of a municipality responsible for at least one open item, by username. */
    List<String> peopleWithOpenItems(String tenant);

    /**
     * Claims a person's digest for a week: true for exactly one caller, however many replicas try, so each person gets
     * one digest a week.
     */
    boolean claimDigest(String tenant, String username, LocalDate weekOf);
}
