package no.virksomhetsplan.plans.letter.application;

import java.util.List;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.plans.goal.domain.GoalId;
import no.virksomhetsplan.plans.goal.domain.Goals;
import no.virksomhetsplan.plans.letter.domain.AssignmentLetter;
import no.virksomhetsplan.plans.letter.domain.AssignmentLetterId;
import no.virksomhetsplan.plans.letter.domain.AssignmentLetters;
import no.virksomhetsplan.plans.letter.domain.LetterContent;
import no.virksomhetsplan.plans.orgunit.application.UnitAccess;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnit;
import no.virksomhetsplan.plans.orgunit.domain.OrgUnits;
import no.virksomhetsplan.plans.planyear.application.PlanYearService;
import no.virksomhetsplan.platform.audit.AuditLog;
import no.virksomhetsplan.platform.domain.ConflictException;
import no.virksomhetsplan.platform.domain.ForbiddenException;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.messaging.Outbox;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing, changing, sending and acknowledging assignment letters. Each change and its event commit together; a
 * letter belongs to a plan year, so nothing changes once the year is closed.
 */
@Service
public class AssignmentLetterService {

    private final AssignmentLetters letters;
    private final OrgUnits units;
    private final UnitAccess access;
    private final PlanYearService planYears;
    private final Goals goals;
    private final Outbox outbox;
    private final AuditLog audit;

    AssignmentLetterService(AssignmentLetters letters, OrgUnits units, UnitAccess access, PlanYearService planYears,
            Goals goals, Outbox outbox, AuditLog audit) {
        this.letters = letters;
        this.units = units;
        this.access = access;
        this.planYears = planYears;
        this.goals = goals;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** A new draft from a unit the caller leads to a unit below it. */
    @Transactional
    public LetterView write(Caller caller, WriteLetterCommand command) {
        OrgUnit from = access.requireLeads(caller, command.fromUnitId());
        OrgUnit to = units.find(caller.tenant(), command.toUnitId())
                .orElseThrow(() -> new NotFoundException("The receiving unit does not exist in your municipality."));
        planYears.requireWritable(caller.tenant(), command.year());
        requireGoalsExist(caller, command.content());
        AssignmentLetter.Changed written = AssignmentLetter.write(caller.tenant(), command.year(), from, to,
                command.content(), caller.username(), now());
        letters.add(written.letter());
        outbox.add(Topics.PLANS, caller.tenant(), written.event());
        audit.record(caller, "letter.written", written.letter().toUnitId().value(), written.letter().id().toString(), written.event());
        return viewFor(caller, written.letter());
    }

    /** New text: the draft changes, or a sent letter gets a new draft revision. */
    @Transactional
    public LetterView revise(Caller caller, ReviseLetterCommand command) {
        AssignmentLetter letter = senderSide(caller, command.letterId(), command.basedOnVersion());
        requireGoalsExist(caller, command.content());
        return save(caller, "letter.revised", letter.revise(command.content(), caller.username(), now()), letter.version());
    }

    /** Sends the draft the caller has seen (version {@code basedOnVersion}) to the receiving unit. */
    @Transactional
    public LetterView send(Caller caller, AssignmentLetterId id, long basedOnVersion) {
        AssignmentLetter letter = senderSide(caller, id, basedOnVersion);
        return save(caller, "letter.sent", letter.send(caller.username(), now()), letter.version());
    }

    /** The receiving unit's leader confirms having read a sent revision. */
    @Transactional
    public LetterView acknowledge(Caller caller, AssignmentLetterId id, int revision) {
        AssignmentLetter letter = get(caller, id);
        if (!access.reach(caller).isLeaderOf(letter.toUnitId())) {
            String recipient = units.find(caller.tenant(), letter.toUnitId()).map(OrgUnit::name).orElse("the receiving unit");
            throw new ForbiddenException("Only the leader of " + recipient + " acknowledges a letter addressed to it.");
        }
        planYears.requireWritable(caller.tenant(), letter.year());
        return save(caller, "letter.acknowledged", letter.acknowledge(revision, caller.username(), now()), letter.version());
    }

    /** The letter, if the caller leads its sending unit, its year is open, and nobody changed it since their version. */
    private AssignmentLetter senderSide(Caller caller, AssignmentLetterId id, long basedOnVersion) {
        AssignmentLetter letter = get(caller, id);
        access.requireLeads(caller, letter.fromUnitId());
        planYears.requireWritable(caller.tenant(), letter.year());
        if (letter.version() != basedOnVersion) {
            throw new ConflictException("The letter was changed by someone else (it is at version " + letter.version()
                    + ", your change was based on version " + basedOnVersion + "); reload it and try again.");
        }
        return letter;
    }

    private AssignmentLetter get(Caller caller, AssignmentLetterId id) {
        return letters.find(caller.tenant(), id)
                .orElseThrow(() -> new NotFoundException("No such assignment letter in your municipality."));
    }

    private LetterView save(Caller caller, String action, AssignmentLetter.Changed changed, long expectedVersion) {
        letters.update(changed.letter(), changed.revision(), expectedVersion);
        outbox.add(Topics.PLANS, caller.tenant(), changed.event());
        audit.record(caller, action, changed.letter().toUnitId().value(), changed.letter().id().toString(), changed.event());
        return viewFor(caller, changed.letter());
    }

    private LetterView viewFor(Caller caller, AssignmentLetter letter) {
        return LetterView.of(letter, access.reach(caller)).orElseThrow();
    }

    /** Truncated to what PostgreSQL keeps, so a letter reads back exactly as it was written. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** A letter may only point to goals of the caller's own municipality that exist. */
    private void requireGoalsExist(Caller caller, LetterContent content) {
        List<GoalId> wanted = content.goalIds().stream().map(GoalId::new).toList();
        if (goals.findAll(caller.tenant(), wanted).size() != wanted.size()) {
            throw new NotFoundException("A linked goal does not exist in your municipality.");
        }
    }
}
