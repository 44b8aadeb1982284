package no.virksomhetsplan.assignments.handover.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.virksomhetsplan.assignments.assignment.application.Actors;
import no.virksomhetsplan.assignments.assignment.application.ChangeRecorder;
import no.virksomhetsplan.assignments.assignment.application.ItemAccess;
import no.virksomhetsplan.assignments.assignment.domain.Actor;
import no.virksomhetsplan.assignments.assignment.domain.Assignee;
import no.virksomhetsplan.assignments.assignment.domain.Assignment;
import no.virksomhetsplan.assignments.assignment.domain.Assignments;
import no.virksomhetsplan.assignments.assignment.domain.Changes;
import no.virksomhetsplan.assignments.assignment.domain.ItemChange;
import no.virksomhetsplan.assignments.assignment.domain.ItemId;
import no.virksomhetsplan.assignments.person.application.PersonDirectory;
import no.virksomhetsplan.assignments.person.domain.Person;
import no.virksomhetsplan.platform.domain.ForbiddenException;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a person leaves: record it (what they are responsible for then has no owner and shows as such), and hand
 * everything open they are responsible for to someone else in one operation. Assignments are locked in id order, so
 * two handovers never deadlock, and either everything in the caller's part of the tree moves or nothing does.
 */
@Service
public class Handovers {

    /** @param moved the items that got the new responsible person */
    public record Handover(String from, String to, List<ItemId> moved) {
    }

    private final Assignments assignments;
    private final PersonDirectory people;
    private final ItemAccess access;
    private final Actors actors;
    private final ChangeRecorder recorder;
    private final Clock clock;

    Handovers(Assignments assignments, PersonDirectory people, ItemAccess access, Actors actors, ChangeRecorder recorder,
            Clock clock) {
        this.assignments = assignments;
        this.people = people;
        this.access = access;
        this.actors = actors;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** Moves every open item of {@code from} that lies in the caller's part of the tree to {@code to}. */
    @Transactional
    public Handover handOver(Caller caller, String from, String to) {
        String tenant = caller.tenant();
        String giver = Person.normalise(from);
        Assignee taker = people.requireAssignee(tenant, to);
        if (giver.equals(taker.username())) {
            throw new RuleViolationException("Hand over to someone else than " + giver + ".");
        }
        Actor actor = actors.of(caller);
        List<Changes> operations = new ArrayList<>();
        List<ItemId> moved = new ArrayList<>();
        boolean anyOpen = false;
        for (ItemId id : assignments.withOpenItemsOf(tenant, giver)) {
            Assignment assignment = assignments.findForUpdate(tenant, id).orElseThrow();
            anyOpen = true;
            Changes changes = assignment.handOver(giver, taker, item -> access.leads(caller, item.unitId()), actor);
            changes.changes().stream().map(ItemChange::after).forEach(item -> moved.add(item.id()));
            operations.add(changes);
        }
        if (anyOpen && moved.isEmpty()) {
            throw new ForbiddenException("None of " + giver + "'s open items lies in your part of the organisation.");
        }
        recorder.saveAll(operations);
        return new Handover(giver, taker.username(), moved);
    }

    /**
     * Records that a person of a unit the caller leads left on {@code leftOn} (today or earlier), or with null that they
     * are back; their items have no owner until handed over.
     */
    @Transactional
    public Person recordDeparture(Caller caller, String username, LocalDate leftOn) {
        if (leftOn != null && leftOn.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("Record a departure on or after the day it happens; hand over the items before that.");
        }
        Person person = people.left(caller, username, leftOn);
        List<Changes> operations = new ArrayList<>();
        for (ItemId id : assignments.withItemsOf(caller.tenant(), person.username())) {
            operations.add(assignments.findForUpdate(caller.tenant(), id).orElseThrow()
                    .responsibleLeft(person.username(), leftOn != null));
        }
        recorder.saveAll(operations);
        return person;
    }
}
