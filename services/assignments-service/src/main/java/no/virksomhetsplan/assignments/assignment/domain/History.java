package no.virksomhetsplan.assignments.assignment.domain;

import java.util.List;

/** The full history of every item; entries are only ever added. */
public interface History {

    void record(String tenant, List<ItemChange> changes);

    /** The item's history, oldest first. */
    List<HistoryEntry> of(String tenant, ItemId itemId);
}
