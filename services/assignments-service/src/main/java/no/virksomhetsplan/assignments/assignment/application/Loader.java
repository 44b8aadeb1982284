package no.virksomhetsplan.assignments.assignment.application;

import no.virksomhetsplan.assignments.assignment.domain.Assignment;
import no.virksomhetsplan.assignments.assignment.domain.Assignments;
import no.virksomhetsplan.assignments.assignment.domain.ItemId;
import no.virksomhetsplan.assignments.assignment.domain.ItemKind;
import no.virksomhetsplan.platform.domain.NotFoundException;
import org.springframework.stereotype.Component;

/** Finds the assignment an item belongs to: to read it, or locked for a change. */
@Component
class Loader {

    private final Assignments assignments;

    Loader(Assignments assignments) {
        this.assignments = assignments;
    }

    Assignment forUpdate(String tenant, ItemId id, ItemKind kind) {
        ItemId assignmentId = assignments.assignmentOf(tenant, id, kind).orElseThrow(() -> notFound(kind));
        return assignments.findForUpdate(tenant, assignmentId).orElseThrow(() -> notFound(kind));
    }

    Assignment forReading(String tenant, ItemId id, ItemKind kind) {
        ItemId assignmentId = assignments.assignmentOf(tenant, id, kind).orElseThrow(() -> notFound(kind));
        return assignments.find(tenant, assignmentId).orElseThrow(() -> notFound(kind));
    }

    private static NotFoundException notFound(ItemKind kind) {
        return new NotFoundException("No such " + kind.noun() + " in your municipality.");
    }
}
