package no.virksomhetsplan.plans.agreement.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.plans.LeaderAgreementAgreed;
import no.virksomhetsplan.plans.agreement.domain.LeaderAgreement;
import no.virksomhetsplan.plans.agreement.domain.LeaderAgreementId;
import no.virksomhetsplan.plans.agreement.domain.LeaderAgreements;
import no.virksomhetsplan.plans.agreement.domain.Party;
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
 * Drafting, changing and acknowledging leader agreements. Leaders of the unit (the leader, their superior, leaders
 * above) write the text; only the two parties acknowledge it. Each change and its event commit together, and
 * nothing changes once the plan year is closed.
 */
@Service
public class LeaderAgreementService {

    private final LeaderAgreements agreements;
    private final OrgUnits units;
    private final UnitAccess access;
    private final PlanYearService planYears;
    private final Outbox outbox;
    private final AuditLog audit;

    LeaderAgreementService(LeaderAgreements agreements, OrgUnits units, UnitAccess access, PlanYearService planYears,
            Outbox outbox, AuditLog audit) {
        this.agreements = agreements;
        this.units = units;
        this.access = access;
        this.planYears = planYears;
        this.outbox = outbox;
        this.audit = audit;
    }

    @Transactional
    public AgreementView draft(Caller caller, DraftAgreementCommand command) {
        OrgUnit unit = access.requireLeads(caller, command.unitId());
        planYears.requireWritable(caller.tenant(), command.year());
        LeaderAgreement.Changed drafted = LeaderAgreement.draft(caller.tenant(), command.year(), unit,
                command.leaderUsername(), command.superiorUsername(), command.sections(), caller.username(), now());
        agreements.add(drafted.agreement());
        outbox.add(Topics.PLANS, caller.tenant(), drafted.event());
        audit.record(caller, "agreement.drafted", drafted.agreement().unitId().value(), drafted.agreement().id().toString(), drafted.event());
        return viewFor(caller, drafted.agreement());
    }

    @Transactional
    public AgreementView revise(Caller caller, ReviseAgreementCommand command) {
        LeaderAgreement agreement = get(caller, command.agreementId());
        access.requireLeads(caller, agreement.unitId());
        planYears.requireWritable(caller.tenant(), agreement.year());
        requireVersion(agreement, command.basedOnVersion());
        return save(caller, "agreement.revised", agreement.revise(command.sections(), caller.username(), now()), agreement.version());
    }

    /**
     * The caller acknowledges the text they read (version {@code basedOnVersion}) as one of the two parties.
     *
     * @throws ForbiddenException if the caller is neither party, or no longer holds the position that made them one
     */
    @Transactional
    public AgreementView acknowledge(Caller caller, LeaderAgreementId id, long basedOnVersion) {
        LeaderAgreement agreement = get(caller, id);
        Party party = agreement.partyOf(caller.username()).orElseThrow(() -> new ForbiddenException(
                "Only the two parties, " + agreement.leaderUsername() + " (the leader) and " + agreement.superiorUsername()
                        + " (the superior), acknowledge this leader agreement."));
        if (!AgreementView.mayActAs(party, agreement, access.reach(caller))) {
            String unit = units.find(caller.tenant(), agreement.unitId()).map(OrgUnit::name).orElse("the unit");
            throw new ForbiddenException(party == Party.LEADER
                    ? "You are named as the leader in this agreement, but you are not the leader of " + unit + "."
                    : "You are named as the superior in this agreement, but you do not lead a unit above " + unit + ".");
        }
        planYears.requireWritable(caller.tenant(), agreement.year());
        requireVersion(agreement, basedOnVersion);
        return save(caller, "agreement.acknowledged", agreement.acknowledge(party, now()), agreement.version());
    }

    private LeaderAgreement get(Caller caller, LeaderAgreementId id) {
        return agreements.find(caller.tenant(), id)
                .orElseThrow(() -> new NotFoundException("No such leader agreement in your municipality."));
    }

    private static void requireVersion(LeaderAgreement agreement, long basedOnVersion) {
        if (agreement.version() != basedOnVersion) {
            throw new ConflictException("The agreement was changed by someone else (it is at version " + agreement.version()
                    + ", you read version " + basedOnVersion + "); reload it and try again.");
        }
    }

    private AgreementView save(Caller caller, String action, LeaderAgreement.Changed changed, long expectedVersion) {
        agreements.update(changed.agreement(), changed.revision(), expectedVersion);
        outbox.add(Topics.PLANS, caller.tenant(), changed.event());
        // The second acknowledgement makes the agreement agreed: the entry says so.
        String done = changed.event() instanceof LeaderAgreementAgreed ? "agreement.agreed" : action;
        audit.record(caller, done, changed.agreement().unitId().value(), changed.agreement().id().toString(), changed.event());
        return viewFor(caller, changed.agreement());
    }

    private AgreementView viewFor(Caller caller, LeaderAgreement agreement) {
        return AgreementView.of(agreement, caller, access.reach(caller)).orElseThrow();
    }

    /** Truncated to what PostgreSQL keeps, so an agreement reads back exactly as it was written. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
