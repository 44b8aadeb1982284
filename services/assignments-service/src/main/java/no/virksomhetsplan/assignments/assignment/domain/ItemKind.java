package no.virksomhetsplan.assignments.assignment.domain;

/** The three kinds of work item: an assignment (oppdrag), its delegation to a unit, and a task (oppgave) of a delegation. */
public enum ItemKind {
    ASSIGNMENT("assignment"),
    DELEGATION("delegation"),
    TASK("task");

    private final String noun;

    ItemKind(String noun) {
        this.noun = noun;
    }

    /** How messages name it: "the delegation". */
    public String noun() {
        return noun;
    }
}
