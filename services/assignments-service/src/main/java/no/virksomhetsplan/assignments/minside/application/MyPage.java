package no.virksomhetsplan.assignments.minside.application;

import no.virksomhetsplan.assignments.assignment.application.Page;
import no.virksomhetsplan.assignments.overview.domain.Counts;
import no.virksomhetsplan.assignments.overview.domain.ItemSummary;
import no.virksomhetsplan.assignments.overview.domain.OverviewReads;
import no.virksomhetsplan.assignments.person.domain.Person;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Min side: everything the caller is responsible for, in every unit. */
@Service
@Transactional(readOnly = true)
public class MyPage {

    /**
     * @param counts how many items the caller is responsible for, by status, and how many open ones are overdue
     * @param open   the open items: overdue first, then by deadline
     */
    public record View(String username, Counts counts, Page<ItemSummary> open) {
    }

    private final OverviewReads reads;

    MyPage(OverviewReads reads) {
        this.reads = reads;
    }

    public View of(Caller caller, int page, int size) {
        String username = Person.normalise(caller.username());
        Counts counts = reads.countsOf(caller.tenant(), username);
        long open = counts.byStatus().getOrDefault("NOT_STARTED", 0L) + counts.byStatus().getOrDefault("IN_PROGRESS", 0L)
                + counts.byStatus().getOrDefault("DELAYED", 0L);
        return new View(username, counts,
                new Page<>(reads.openItemsOf(caller.tenant(), username, page * size, size), page, size, open));
    }
}
