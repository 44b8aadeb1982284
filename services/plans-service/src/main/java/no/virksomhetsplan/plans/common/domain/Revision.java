package no.virksomhetsplan.plans.common.domain;

/** One revision of a document kept in numbered revisions (see {@link Revisions}). */
public interface Revision {

    /** 1 for the first revision, then one more for each. */
    int number();

    /** A draft still changes; any other revision is fixed. */
    boolean isDraft();
}
