package no.virksomhetsplan.plans.letter.application;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.virksomhetsplan.plans.letter.domain.AssignmentLetter;
import no.virksomhetsplan.plans.letter.domain.AssignmentLetterId;
import no.virksomhetsplan.plans.letter.domain.AssignmentLetters;
import no.virksomhetsplan.plans.letter.domain.LetterRevision;
import no.virksomhetsplan.plans.orgunit.application.UnitAccess;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnitId;
import no.virksomhetsplan.platform.domain.ForbiddenException;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading letters: each caller reads the letters that concern them (see {@link LetterView}). A letter that has only
 * a draft does not exist for anyone but its sending side.
 */
@Service
@Transactional(readOnly = true)
public class LetterQueries {

    private final AssignmentLetters letters;
    private final UnitAccess access;

    LetterQueries(AssignmentLetters letters, UnitAccess access) {
        this.letters = letters;
        this.access = access;
    }

    public LetterView letter(Caller caller, AssignmentLetterId id) {
        AssignmentLetter letter = letters.find(caller.tenant(), id)
                .orElseThrow(() -> new NotFoundException("No such assignment letter in your municipality."));
        UnitAccess.Reach reach = access.reach(caller);
        return LetterView.of(letter, reach).orElseThrow(() -> {
            if (letter.sentRevisions().isEmpty()) {
                return new NotFoundException("No such assignment letter in your municipality.");
            }
            return new ForbiddenException("The letter is neither from a unit you lead nor addressed to your part of the organisation.");
        });
    }

    public LetterRevision revision(Caller caller, AssignmentLetterId id, int number) {
        return letter(caller, id).revisions().stream().filter(revision -> revision.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("The letter has no revision " + number + " that you may read."));
    }

    /**
     * The letters of a year that concern the caller: those from or to the units they lead, and those addressed to
     * their own unit or a unit above it (the letter to a sector frames the work of every unit in it).
     */
    public List<LetterView> ofYear(Caller caller, int year, Optional<OrgUnitId> fromUnit, Optional<OrgUnitId> toUnit) {
        UnitAccess.Reach reach = access.reach(caller);
        List<AssignmentLetter> candidates;
        if (reach.wholeMunicipality()) {
            candidates = letters.ofYear(caller.tenant(), year);
        } else {
            // Every letter from a unit the caller leads goes to a unit they lead, so the receiving units suffice.
            Set<OrgUnitId> toUnits = new HashSet<>(reach.led());
            if (reach.ownUnit() != null) {
                toUnits.add(reach.ownUnit().id());
                toUnits.addAll(reach.ownUnit().ancestorIds());
            }
            candidates = letters.ofYearTo(caller.tenant(), year, toUnits);
        }
        return candidates.stream()
                .filter(letter -> fromUnit.map(letter.fromUnitId()::equals).orElse(true))
                .filter(letter -> toUnit.map(letter.toUnitId()::equals).orElse(true))
                .flatMap(letter -> LetterView.of(letter, reach).stream())
                .toList();
    }
}
