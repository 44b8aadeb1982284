package no.virksomhetsplan.plans.orgunit.domain;

/**
 * One problem in an org-tree file.
 *
 * @param line    the line of the file, counting the header as line 1
 * @param field   the column, or null when the problem is the line as a whole
 * @param message what is wrong, naming the value
 */
public record ImportProblem(int line, String field, String message) {
}
