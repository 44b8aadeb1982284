package no.virksomhetsplan.assignments.assignment.application;

import no.virksomhetsplan.assignments.assignment.domain.ItemId;
import no.virksomhetsplan.assignments.assignment.domain.ItemKind;

/** @param reason why it is cancelled, kept as its status comment; may be null */
public record CancelItemCommand(ItemId id, ItemKind kind, long basedOnVersion, String reason) {
}
