package no.virksomhetsplan.plans.orgunit.domain;

import java.util.List;

/** An org-tree file with problems; nothing of it is imported. */
public class InvalidOrgTreeFileException extends RuntimeException {

    private final transient List<ImportProblem> problems;

    public InvalidOrgTreeFileException(List<ImportProblem> problems) {
        super(problems.size() == 1 ? "The file has a problem; nothing was imported."
                : "The file has " + problems.size() + " problems; nothing was imported.");
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in line order. */
    public List<ImportProblem> problems() {
        return problems;
    }
}
