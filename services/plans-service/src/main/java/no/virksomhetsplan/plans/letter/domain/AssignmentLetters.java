package no.virksomhetsplan.plans.letter.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;

/** Where assignment letters are kept, with all their revisions; every method is scoped to one municipality. */
public interface AssignmentLetters {

    Optional<AssignmentLetter> find(String tenant, AssignmentLetterId id);

    /** Every letter of a plan year. */
    List<AssignmentLetter> ofYear(String tenant, int year);

    /** The letters of a plan year addressed to any of the given units. */
    List<AssignmentLetter> ofYearTo(String tenant, int year, Collection<OrgUnitId> toUnits);

    /**
     * Keeps a new letter.
     *
     * @throws no.virksomhetsplan.platform.domain.ConflictException if the sending unit already has a letter to the
     *         receiving unit for the year
     */
    void add(AssignmentLetter letter);

    /**
     * Saves a change to one revision if nobody changed the letter since {@code expectedVersion}.
     *
     * @throws no.virksomhetsplan.platform.domain.ConflictException if someone did
     */
    void update(AssignmentLetter letter, LetterRevision changed, long expectedVersion);
}
