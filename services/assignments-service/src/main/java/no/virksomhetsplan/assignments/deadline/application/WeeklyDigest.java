package no.virksomhetsplan.assignments.deadline.application;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import no.virksomhetsplan.assignments.deadline.domain.DeadlineCandidates;
import no.virksomhetsplan.assignments.deadline.domain.MailTexts;
import no.virksomhetsplan.assignments.overview.domain.Counts;
import no.virksomhetsplan.assignments.overview.domain.ItemSummary;
import no.virksomhetsplan.assignments.overview.domain.OverviewReads;
import no.virksomhetsplan.assignments.settings.domain.MunicipalitySettings;
import no.virksomhetsplan.assignments.settings.domain.SettingsReplica;
import no.virksomhetsplan.contracts.assignments.WeeklyDigestSent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a week, everyone responsible for open items gets a digest of them (Min side by mail), in municipalities whose
 * settings have the weekly digest on. Each person's digest is claimed by one replica, in the transaction that writes
 * the mail and the event.
 */
@Service
public class WeeklyDigest {

    private static final Logger log = LoggerFactory.getLogger(WeeklyDigest.class);
    private static final int MAX_ITEMS = 50;

    private final DeadlineCandidates candidates;
    private final OverviewReads reads;
    private final SettingsReplica settings;
    private final Notifier notifier;
    private final TransactionTemplate transaction;
    private final Clock clock;

    WeeklyDigest(DeadlineCandidates candidates, OverviewReads reads, SettingsReplica settings, Notifier notifier,
            TransactionTemplate transaction, Clock clock) {
        this.candidates = candidates;
        this.reads = reads;
        this.settings = settings;
        this.notifier = notifier;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(cron = "${virksomhetsplan.deadlines.digest-cron}", zone = "Europe/Oslo")
    void onSchedule() {
        int sent = run(LocalDate.now(clock));
        log.info("Sent {} weekly digests", sent);
    }

    /** Sends the digests of the week {@code day} falls in. @return how many were sent by this call */
    public int run(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int sent = 0;
        for (String tenant : candidates.tenantsWithResponsibles()) {
            MunicipalitySettings municipality = settings.settings(tenant);
            if (!municipality.reminders().weeklyDigest()) {
                continue;
            }
            for (String username : candidates.peopleWithOpenItems(tenant)) {
                Boolean claimed = transaction.execute(status -> digest(tenant, username, monday, municipality.language()));
                sent += Boolean.TRUE.equals(claimed) ? 1 : 0;
            }
        }
        return sent;
    }

    private boolean digest(String tenant, String username, LocalDate monday, String language) {
        if (!candidates.claimDigest(tenant, username, monday)) {
            return false;
        }
        Counts counts = reads.countsOf(tenant, username);
        List<ItemSummary> items = reads.openItemsOf(tenant, username, 0, MAX_ITEMS);
        long open = counts.byStatus().getOrDefault("NOT_STARTED", 0L) + counts.byStatus().getOrDefault("IN_PROGRESS", 0L)
                + counts.byStatus().getOrDefault("DELAYED", 0L);
        LocalDate sunday = monday.plusDays(6);
        int dueThisWeek = (int) items.stream().filter(item -> !item.overdue() && !item.deadline().isAfter(sunday)).count();
        notifier.notify(tenant, username, MailTexts.digest(language, open, counts.overdue(), items),
                new WeeklyDigestSent(username, monday, (int) open, (int) counts.overdue(), dueThisWeek,
                        items.stream().map(ItemSummary::id).toList()));
        return true;
    }
}
