package no.virksomhetsplan.assignments.deadline.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.virksomhetsplan.assignments.assignment.application.ChangeRecorder;
import no.virksomhetsplan.assignments.assignment.domain.Actor;
import no.virksomhetsplan.assignments.assignment.domain.Assignment;
import no.virksomhetsplan.assignments.assignment.domain.Assignments;
import no.virksomhetsplan.assignments.assignment.domain.Changes;
import no.virksomhetsplan.assignments.deadline.domain.AssignmentRef;
import no.virksomhetsplan.assignments.deadline.domain.DeadlineCandidates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Marks open items whose deadline has passed as overdue, with the same roll-up, history, counters and events as any
 * change. Safe with several replicas: each assignment is changed under its row lock taken with {@code skip locked}, so
 * a replica leaves what another holds (or a person is changing) to the next run, and marking twice changes nothing.
 */
@Service
public class OverdueDetection {

    private static final Logger log = LoggerFactory.getLogger(OverdueDetection.class);
    private static final int PAGE = 200;

    private final DeadlineCandidates candidates;
    private final Assignments assignments;
    private final ChangeRecorder recorder;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OverdueDetection(DeadlineCandidates candidates, Assignments assignments, ChangeRecorder recorder,
            TransactionTemplate transaction, Clock clock) {
        this.candidates = candidates;
        this.assignments = assignments;
        this.recorder = recorder;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(cron = "${virksomhetsplan.deadlines.overdue-cron}", zone = "Europe/Oslo")
    void onSchedule() {
        int marked = run(LocalDate.now(clock));
        if (marked > 0) {
            log.info("Marked overdue items in {} assignments", marked);
        }
    }

    /**
     * Marks what is overdue on {@code today}, one assignment per transaction.
     *
     * @return how many assignments got newly overdue items
     */
    public int run(LocalDate today) {
        int changed = 0;
        AssignmentRef after = null;
        List<AssignmentRef> page;
        do {
            page = candidates.withNewlyOverdueItems(today, after, PAGE);
            for (AssignmentRef ref : page) {
                Boolean marked = transaction.execute(status -> assignments.findForUpdateSkipLocked(ref.tenant(), ref.assignmentId())
                        .map(assignment -> mark(assignment, today)).orElse(false));
                if (Boolean.TRUE.equals(marked)) {
                    changed++;
                }
                after = ref;
            }
        } while (page.size() == PAGE);
        return changed;
    }

    private boolean mark(Assignment assignment, LocalDate today) {
        Changes changes = assignment.markOverdue(Actor.system(clock.instant(), today));
        recorder.save(changes);
        return !changes.isEmpty();
    }
}
