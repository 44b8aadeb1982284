package no.virksomhetsplan.assignments.deadline.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.virksomhetsplan.assignments.assignment.application.ChangeRecorder;
import no.virksomhetsplan.assignments.assignment.domain.Actor;
import no.virksomhetsplan.assignments.assignment.domain.Assignment;
import no.virksomhetsplan.assignments.assignment.domain.Assignments;
import no.virksomhetsplan.assignments.assignment.domain.WorkItem;
import no.virksomhetsplan.assignments.deadline.domain.AssignmentRef;
import no.virksomhetsplan.assignments.deadline.domain.DeadlineCandidates;
import no.virksomhetsplan.assignments.deadline.domain.DeadlineRules;
import no.virksomhetsplan.assignments.deadline.domain.MailTexts;
import no.virksomhetsplan.assignments.settings.domain.MunicipalitySettings;
import no.virksomhetsplan.assignments.settings.domain.ReminderRules;
import no.virksomhetsplan.assignments.settings.domain.SettingsReplica;
import no.virksomhetsplan.contracts.assignments.DeadlineReminder;
import no.virksomhetsplan.contracts.assignments.OverdueEscalated;
import no.virksomhetsplan.platform.orgtree.OrgUnit;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;
import no.virksomhetsplan.platform.orgtree.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders before deadlines and escalations of overdue items, by each municipality's rules (see {@link DeadlineRules}),
 * as events and e-mails. Like {@link OverdueDetection}, it handles each assignment under its row lock taken with
 * {@code skip locked}, and marks what it sent on the items in the same transaction: with several replicas, each notice
 * goes out once.
 */
@Service
public class DeadlineNotices {

    private static final Logger log = LoggerFactory.getLogger(DeadlineNotices.class);
    private static final int PAGE = 200;

    private final DeadlineCandidates candidates;
    private final Assignments assignments;
    private final ChangeRecorder recorder;
    private final SettingsReplica settings;
    private final Units units;
    private final Notifier notifier;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DeadlineNotices(DeadlineCandidates candidates, Assignments assignments, ChangeRecorder recorder, SettingsReplica settings,
            Units units, Notifier notifier, TransactionTemplate transaction, Clock clock) {
        this.candidates = candidates;
        this.assignments = assignments;
        this.recorder = recorder;
        this.settings = settings;
        this.units = units;
        this.notifier = notifier;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(cron = "${virksomhetsplan.deadlines.notices-cron}", zone = "Europe/Oslo")
    void onSchedule() {
        int sent = run(LocalDate.now(clock));
        if (sent > 0) {
            log.info("Sent {} deadline reminders and escalations", sent);
        }
    }

    /** Sends what is due on {@code today}. @return how many reminders and escalations went out */
    public int run(LocalDate today) {
        int sent = 0;
        AssignmentRef after = null;
        List<AssignmentRef> page;
        do {
            page = candidates.needingNotice(today, ReminderRules.MAX_DAYS_BEFORE, after, PAGE);
            for (AssignmentRef ref : page) {
                Integer notices = transaction.execute(status -> assignments.findForUpdateSkipLocked(ref.tenant(), ref.assignmentId())
                        .map(assignment -> notices(assignment, today)).orElse(0));
                sent += notices == null ? 0 : notices;
                after = ref;
            }
        } while (page.size() == PAGE);
        return sent;
    }

    private int notices(Assignment assignment, LocalDate today) {
        String tenant = assignment.tenant();
        MunicipalitySettings municipality = settings.settings(tenant);
        Actor system = Actor.system(clock.instant(), today);
        int sent = 0;
        for (DeadlineRules.Due due : DeadlineRules.due(assignment, municipality.reminders(), today)) {
            WorkItem item = due.item();
            List<OrgUnit> unitAndAbove = unitAndAbove(tenant, item.unitId());
            OrgUnit unit = unitAndAbove.isEmpty() ? null : unitAndAbove.get(0);
            String unitName = unit == null ? "" : unit.name();
            String title = assignment.titleOf(item);
            if (due.kind() == DeadlineRules.NoticeKind.REMINDER) {
                Optional<String> recipient = DeadlineRules.reminded(item, unit);
                recipient.ifPresent(username -> notifier.notify(tenant, username,
                        MailTexts.reminder(municipality.language(), item.kind(), title, unitName, item.deadline(), item.status().name()),
                        new DeadlineReminder(item.id().value(), item.kind().name(), item.assignmentId().value(),
                                item.unitId().value(), title, item.deadline(), due.daysBefore(), username,
                                item.isOwnerless(), today)));
                recorder.save(assignment.markReminded(item.id(), system));
                sent += recipient.isPresent() ? 1 : 0;
            } else {
                Optional<String> superior = DeadlineRules.superiorOf(item, unitAndAbove);
                superior.ifPresent(username -> notifier.notify(tenant, username,
                        MailTexts.escalation(municipality.language(), item.kind(), title, unitName, item.deadline(), item.responsible()),
                        new OverdueEscalated(item.id().value(), item.kind().name(), item.assignmentId().value(),
                                item.unitId().value(), title, item.deadline(), item.overdueSince(), item.responsible(), username,
                                today)));
                recorder.save(assignment.markEscalated(item.id(), system));
                sent += superior.isPresent() ? 1 : 0;
            }
        }
        return sent;
    }

    private List<OrgUnit> unitAndAbove(String tenant, OrgUnitId unitId) {
        List<OrgUnit> chain = new ArrayList<>();
        units.findEvenClosed(tenant, unitId).ifPresent(unit -> {
            chain.add(unit);
            unit.ancestorsNearestFirst().forEach(id -> units.findEvenClosed(tenant, id).ifPresent(chain::add));
        });
        return chain;
    }
}
