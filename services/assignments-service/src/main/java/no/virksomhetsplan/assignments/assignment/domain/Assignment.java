package no.virksomhetsplan.assignments.assignment.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import no.virksomhetsplan.platform.domain.ConflictException;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import no.virksomhetsplan.platform.orgtree.OrgUnit;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;

/**
 * An assignment (oppdrag) with everything below it: its delegations to units, their further delegations, and their
 * tasks. It is one aggregate: every change is checked against the whole tree (deadlines fit inside the deadline above,
 * nothing cancelled changes) and ends with the roll-up, so an assignment's status always follows from its parts
 * (docs/adr/0017). Each item keeps its own version, so an edit based on an old view of an item is refused.
 */
public final class Assignment {

    public static final int MAX_TITLE_LENGTH = 300;
    public static final int MAX_DESCRIPTION_LENGTH = 4000;
    /** Keeps one assignment a tree that is read and checked whole in one go. */
    public static final int MAX_ITEMS = 1000;

    /** What a leader writes when creating or revising an assignment. */
    public record Content(String typeCode, String title, String description, AssignmentSource source,
            boolean includeInMonthlyReport, LocalDate deadline) {
    }

    /** A delegation to be made: to which unit, who is responsible there (or nobody yet), by when. */
    public record NewDelegation(OrgUnit unit, Assignee responsible, LocalDate deadline, String description) {
    }

    /** A task to be added to a delegation. */
    public record NewTask(String title, String description, Assignee responsible, LocalDate deadline) {
    }

    private final String tenant;
    private AssignmentDetails details;
    private final Map<ItemId, WorkItem> items;

    private Assignment(String tenant, AssignmentDetails details, Map<ItemId, WorkItem> items) {
        this.tenant = Objects.requireNonNull(tenant);
        this.details = Objects.requireNonNull(details);
        this.items = items;
    }

    /** The assignment as stored: the assignment item first, then the others in the order they were created. */
    public static Assignment restore(String tenant, AssignmentDetails details, Collection<WorkItem> items) {
        Map<ItemId, WorkItem> byId = new LinkedHashMap<>();
        items.forEach(item -> byId.put(item.id(), item));
        if (items.isEmpty() || items.iterator().next().kind() != ItemKind.ASSIGNMENT) {
            throw new IllegalArgumentException("an assignment is restored with its assignment item first");
        }
        return new Assignment(tenant, details, byId);
    }

    /**
     * A new assignment for {@code unit}. The caller has checked that the type is one of the municipality's active
     * types and that the deadline's year is not closed.
     */
    public static Changes create(String tenant, Content content, OrgUnit unit, Assignee responsible, Actor actor) {
        return create(tenant, ItemId.newId(), content, unit, responsible, actor);
    }

    /**
     * A new assignment with an id chosen by whoever asked for it: another service that must find it again by that id
     * (a checklist deviation's follow-up).
     */
    public static Changes create(String tenant, ItemId id, Content content, OrgUnit unit, Assignee responsible, Actor actor) {
        requireResponsibleWithin(responsible, unit.id(), unit.name());
        String title = requireTitle(content.title(), ItemKind.ASSIGNMENT);
        String description = requireDescription(content.description());
        WorkItem item = new WorkItem(id, ItemKind.ASSIGNMENT, id, null, unit.id(), null, title, description,
                usernameOf(responsible), false, requireDeadline(content.deadline()), Status.NOT_STARTED, TrafficLight.GREEN,
                null, null, null, null, 0, actor.username(), actor.at());
        Assignment assignment = new Assignment(tenant,
                new AssignmentDetails(content.typeCode(), content.source(), content.includeInMonthlyReport()), new LinkedHashMap<>());
        Session session = assignment.new Session(actor);
        session.put(item, ChangeKind.CREATED);
        return session.finish();
    }

    public String tenant() {
        return tenant;
    }

    public AssignmentDetails details() {
        return details;
    }

    public WorkItem root() {
        return items.values().iterator().next();
    }

    public ItemId id() {
        return root().id();
    }

    /** Every item, the assignment first, the others in the order they were created. */
    public List<WorkItem> items() {
        return List.copyOf(items.values());
    }

    public Optional<WorkItem> item(ItemId id) {
        return Optional.ofNullable(items.get(id));
    }

    /** The delegations and tasks directly below an item, in the order they were created. */
    public List<WorkItem> parts(ItemId id) {
        return items.values().stream().filter(item -> id.equals(item.parentId())).toList();
    }

    /** The items above this one, from the assignment down to its parent. */
    public List<WorkItem> chainAbove(ItemId id) {
        List<WorkItem> chain = new ArrayList<>();
        WorkItem item = require(id);
        while (item.parentId() != null) {
            item = items.get(item.parentId());
            chain.add(0, item);
        }
        return chain;
    }

    /** Everything below this item, at any depth. */
    public List<WorkItem> below(ItemId id) {
        List<WorkItem> found = new ArrayList<>();
        for (WorkItem part : parts(id)) {
            found.add(part);
            found.addAll(below(part.id()));
        }
        return found;
    }

    /** Replaces the assignment's own content; based on the version the leader read. */
    public Changes revise(long basedOnVersion, Content content, Assignee responsible, Actor actor) {
        WorkItem root = root();
        requireChangeable(root, basedOnVersion);
        requireResponsibleWithin(responsible, root.unitId(), "the owning unit");
        LocalDate deadline = requireDeadline(content.deadline());
        requirePartsFitWithin(root, deadline);
        Session session = new Session(actor);
        AssignmentDetails revisedDetails = new AssignmentDetails(content.typeCode(), content.source(), content.includeInMonthlyReport());
        boolean detailsChanged = !revisedDetails.equals(details);
        details = revisedDetails;
        WorkItem revised = root.withContent(requireTitle(content.title(), ItemKind.ASSIGNMENT), requireDescription(content.description()))
                .withDeadline(deadline, actor.today());
        if (!Objects.equals(root.responsible(), usernameOf(responsible))) {
            revised = revised.withResponsible(usernameOf(responsible));
        }
        session.put(revised, ChangeKind.EDITED);
        if (detailsChanged) {
            session.forceChanged(root.id());
        }
        return session.finish();
    }

    /**
     * Delegates the assignment, or a delegation further down, to one or more units. From the assignment, a unit is
     * the owning unit or one below it; from a delegation, a unit strictly below the delegation's unit.
     */
    public Changes delegate(ItemId fromId, List<NewDelegation> delegations, Actor actor) {
        WorkItem from = require(fromId);
        if (from.kind() == ItemKind.TASK) {
            throw new RuleViolationException("A task cannot be delegated; delegate the assignment or a delegation.");
        }
        requireChangeable(from, from.version());
        if (delegations.isEmpty()) {
            throw new RuleViolationException("Name at least one unit to delegate to.");
        }
        requireRoomFor(delegations.size());
        Set<OrgUnitId> alreadyThere = new HashSet<>();
        parts(fromId).stream().filter(part -> part.kind() == ItemKind.DELEGATION && part.status() != Status.CANCELLED)
                .forEach(part -> alreadyThere.add(part.unitId()));
        List<WorkItem> created = new ArrayList<>();
        for (NewDelegation delegation : delegations) {
            OrgUnit unit = delegation.unit();
            boolean fits = from.kind() == ItemKind.ASSIGNMENT
                    ? unit.lineage().contains(from.unitId())
                    : unit.lineage().contains(from.unitId()) && !unit.id().equals(from.unitId());
            if (!fits) {
                throw new RuleViolationException(unit.name() + " is not " + (from.kind() == ItemKind.ASSIGNMENT
                        ? "the assignment's unit or a unit below it" : "below the unit the delegation went to")
                        + ": delegate only down your own part of the organisation.");
            }
            if (!alreadyThere.add(unit.id())) {
                throw new RuleViolationException("The " + from.kind().noun() + " is already delegated to " + unit.name() + ".");
            }
            requireResponsibleWithin(delegation.responsible(), unit.id(), unit.name());
            LocalDate deadline = requireDeadline(delegation.deadline());
            requireWithinDeadlineOf(from, deadline);
            created.add(new WorkItem(ItemId.newId(), ItemKind.DELEGATION, id(), from.id(), unit.id(), from.unitId(), null,
                    requireDescription(delegation.description()), usernameOf(delegation.responsible()), false, deadline,
                    Status.NOT_STARTED, TrafficLight.GREEN, null, null, null, null, 0, actor.username(), actor.at()));
        }
        Session session = new Session(actor);
        created.forEach(item -> session.put(item, ChangeKind.CREATED));
        return session.finish();
    }

    /** Splits a delegation into a task for a person of the delegation's unit (or a unit below it). */
    public Changes addTask(ItemId delegationId, NewTask task, Actor actor) {
        WorkItem delegation = require(delegationId);
        if (delegation.kind() != ItemKind.DELEGATION) {
            throw new RuleViolationException("Tasks are added to a delegation, not to " + delegation.kind().noun() + "s.");
        }
        requireChangeable(delegation, delegation.version());
        requireRoomFor(1);
        if (task.responsible() == null) {
            throw new RuleViolationException("A task needs a responsible person.");
        }
        requireResponsibleWithin(task.responsible(), delegation.unitId(), "the delegation's unit");
        LocalDate deadline = requireDeadline(task.deadline());
        requireWithinDeadlineOf(delegation, deadline);
        Session session = new Session(actor);
        session.put(new WorkItem(ItemId.newId(), ItemKind.TASK, id(), delegation.id(), delegation.unitId(), null,
                requireTitle(task.title(), ItemKind.TASK), requireDescription(task.description()), task.responsible().username(),
                false, deadline, Status.NOT_STARTED, TrafficLight.GREEN, null, null, null, null, 0, actor.username(), actor.at()),
                ChangeKind.CREATED);
        return session.finish();
    }

    /**
     * Changes a delegation's or a task's responsible person, deadline and text (a task's title too).
     *
     * @param responsible the new responsible person; null leaves a delegation without one (never a task)
     */
    public Changes editPart(ItemId id, long basedOnVersion, String title, String description, Assignee responsible,
            LocalDate deadline, Actor actor) {
        WorkItem item = require(id);
        if (item.kind() == ItemKind.ASSIGNMENT) {
            throw new IllegalArgumentException("revise an assignment's content with revise()");
        }
        requireChangeable(item, basedOnVersion);
        if (item.kind() == ItemKind.TASK && responsible == null) {
            throw new RuleViolationException("A task needs a responsible person.");
        }
        requireResponsibleWithin(responsible, item.unitId(), "the " + item.kind().noun() + "'s unit");
        LocalDate newDeadline = requireDeadline(deadline);
        requireWithinDeadlineOf(items.get(item.parentId()), newDeadline);
        requirePartsFitWithin(item, newDeadline);
        WorkItem edited = item.withContent(item.kind() == ItemKind.TASK ? requireTitle(title, ItemKind.TASK) : null,
                requireDescription(description)).withDeadline(newDeadline, actor.today());
        if (!Objects.equals(item.responsible(), usernameOf(responsible))) {
            edited = edited.withResponsible(usernameOf(responsible));
        }
        Session session = new Session(actor);
        session.put(edited, ChangeKind.EDITED);
        return session.finish();
    }

    /**
     * Sets an item's status, light and dated comment. An item with open parts (delegations or tasks not cancelled)
     * takes its status and light from them; only a comment may be written on it.
     *
     * @param light    the light to show; null keeps it, except that DONE makes it green and DELAYED red
     * @param noteText a status comment, or null for none
     * @param noteDate the day the comment speaks of; null means today
     */
    public Changes changeStatus(ItemId id, long basedOnVersion, Status status, TrafficLight light, String noteText,
            LocalDate noteDate, Actor actor) {
        WorkItem item = require(id);
        requireChangeable(item, basedOnVersion);
        if (status == Status.CANCELLED) {
            throw new RuleViolationException("Cancel the " + item.kind().noun() + " instead: cancelling says why and cancels what is below it.");
        }
        String text = Texts.blankToNull(noteText);
        Texts.requireAtMost(text, StatusNote.MAX_LENGTH, "A status comment");
        if (noteDate != null && noteDate.isAfter(actor.today())) {
            throw new RuleViolationException("A status comment speaks of today or a day before, not of " + noteDate + ".");
        }
        StatusNote note = text == null ? item.note() : new StatusNote(text, noteDate == null ? actor.today() : noteDate,
                actor.username(), actor.at());
        boolean rolledUp = hasOpenParts(item);
        if (rolledUp && ((status != null && status != item.status()) || (light != null && light != item.light()))) {
            throw new RuleViolationException("The " + item.kind().noun() + "'s status and light follow from its "
                    + (item.kind() == ItemKind.TASK ? "parts" : "delegations and tasks") + "; change theirs, or write a comment.");
        }
        Status newStatus = rolledUp || status == null ? item.status() : status;
        TrafficLight newLight = rolledUp ? item.light() : light != null ? light
                : newStatus == item.status() ? item.light()
                : newStatus == Status.DONE ? TrafficLight.GREEN
                : newStatus == Status.DELAYED ? TrafficLight.RED : item.light();
        Session session = new Session(actor);
        session.put(item.withStatus(newStatus, newLight, note), ChangeKind.STATUS_CHANGED);
        if (text != null) {
            session.forceChanged(id);
        }
        return session.finish();
    }

    /** Cancels an open item and everything open below it; what is done stays done. */
    public Changes cancel(ItemId id, long basedOnVersion, String reason, Actor actor) {
        WorkItem item = require(id);
        requireChangeable(item, basedOnVersion);
        if (item.status() == Status.DONE) {
            throw new RuleViolationException("The " + item.kind().noun() + " is done; only open items can be cancelled.");
        }
        String why = Texts.blankToNull(reason);
        Texts.requireAtMost(why, StatusNote.MAX_LENGTH, "The reason");
        StatusNote note = why == null ? item.note() : new StatusNote(why, actor.today(), actor.username(), actor.at());
        Session session = new Session(actor);
        session.put(item.withStatus(Status.CANCELLED, item.light(), note), ChangeKind.CANCELLED, why);
        for (WorkItem part : below(id)) {
            if (part.isOpen()) {
                session.put(part.withStatus(Status.CANCELLED, part.light(), part.note()), ChangeKind.CANCELLED,
                        "Cancelled with the " + item.kind().noun() + " above it.");
            }
        }
        return session.finish();
    }

    /** Marks every open item whose deadline has passed as overdue from the day after its deadline. */
    public Changes markOverdue(Actor actor) {
        Session session = new Session(actor);
        for (WorkItem item : items.values()) {
            if (item.isOpen() && item.overdueSince() == null && item.deadline().isBefore(actor.today())) {
                session.put(item.withOverdueSince(item.deadline().plusDays(1)), ChangeKind.OVERDUE);
            }
        }
        return session.finish();
    }

    /** Notes that an item's deadline reminder went out today. */
    public Changes markReminded(ItemId id, Actor actor) {
        Session session = new Session(actor);
        session.mark(require(id).withRemindedOn(actor.today()));
        return session.finish();
    }

    /** Notes that the superior leader was told today that the item is overdue. */
    public Changes markEscalated(ItemId id, Actor actor) {
        Session session = new Session(actor);
        session.mark(require(id).withEscalatedOn(actor.today()));
        return session.finish();
    }

    /**
     * Gives every open item of {@code from} that {@code inReach} accepts to {@code to}, who must belong within each
     * item's unit.
     */
    public Changes handOver(String from, Assignee to, Predicate<WorkItem> inReach, Actor actor) {
        List<WorkItem> moving = items.values().stream()
                .filter(item -> item.isOpen() && from.equals(item.responsible()) && inReach.test(item)).toList();
        for (WorkItem item : moving) {
            if (!to.belongsWithin(item.unitId())) {
                throw new RuleViolationException(to.username() + " does not belong to the unit of the " + item.kind().noun()
                        + " '" + titleOf(item) + "', so cannot take it over.");
            }
        }
        Session session = new Session(actor);
        moving.forEach(item -> session.put(item.withResponsible(to.username()), ChangeKind.HANDED_OVER));
        return session.finish();
    }

    /** Notes on the items of {@code username} whether they have left; items of someone who left have no owner. */
    public Changes responsibleLeft(String username, boolean left) {
        Session session = new Session(null);
        for (WorkItem item : items.values()) {
            if (username.equals(item.responsible()) && item.responsibleLeft() != left) {
                session.mark(item.withResponsibleLeft(left));
            }
        }
        return session.finish();
    }

    /** The title that names an item in messages: a delegation is named by its assignment. */
    public String titleOf(WorkItem item) {
        return item.title() != null ? item.title() : root().title();
    }

    private WorkItem require(ItemId id) {
        WorkItem item = items.get(id);
        if (item == null) {
            throw new NotFoundException("No item " + id + " in the assignment '" + root().title() + "'.");
        }
        return item;
    }

    private boolean hasOpenParts(WorkItem item) {
        return parts(item.id()).stream().anyMatch(part -> part.status() != Status.CANCELLED);
    }

    private void requireRoomFor(int more) {
        if (items.size() + more > MAX_ITEMS) {
            throw new RuleViolationException("An assignment holds at most " + MAX_ITEMS + " delegations and tasks; make a new assignment.");
        }
    }

    private static void requireChangeable(WorkItem item, long basedOnVersion) {
        if (item.status() == Status.CANCELLED) {
            throw new RuleViolationException("The " + item.kind().noun() + " is cancelled and can no longer be changed.");
        }
        if (basedOnVersion != item.version()) {
            throw new ConflictException("The " + item.kind().noun() + " was changed by someone else: you edited version "
                    + basedOnVersion + ", it is now at version " + item.version() + ". Reload it and try again.");
        }
    }

    private static void requireWithinDeadlineOf(WorkItem above, LocalDate deadline) {
        if (deadline.isAfter(above.deadline())) {
            throw new RuleViolationException("The deadline " + deadline + " is after the deadline of the " + above.kind().noun()
                    + " above it (" + above.deadline() + ").");
        }
    }

    private void requirePartsFitWithin(WorkItem item, LocalDate deadline) {
        for (WorkItem part : parts(item.id())) {
            if (part.status() != Status.CANCELLED && part.deadline().isAfter(deadline)) {
                throw new RuleViolationException("A " + part.kind().noun() + " below it is due " + part.deadline()
                        + ", after the new deadline " + deadline + "; move that deadline first.");
            }
        }
    }

    private static void requireResponsibleWithin(Assignee responsible, OrgUnitId unitId, String unitName) {
        if (responsible != null && !responsible.belongsWithin(unitId)) {
            throw new RuleViolationException(responsible.username() + " belongs to " + responsible.unit().name()
                    + ", not to " + unitName + " or a unit below it, so cannot be responsible here.");
        }
    }

    private static LocalDate requireDeadline(LocalDate deadline) {
        if (deadline == null) {
            throw new RuleViolationException("A deadline is needed.");
        }
        return deadline;
    }

    private static String requireTitle(String title, ItemKind kind) {
        String stripped = Texts.blankToNull(title);
        if (stripped == null) {
            throw new RuleViolationException("A " + kind.noun() + " needs a title.");
        }
        Texts.requireAtMost(stripped, MAX_TITLE_LENGTH, "A title");
        return stripped;
    }

    private static String requireDescription(String description) {
        String stripped = Texts.blankToNull(description);
        Texts.requireAtMost(stripped, MAX_DESCRIPTION_LENGTH, "A description");
        return stripped;
    }

    private static String usernameOf(Assignee assignee) {
        return assignee == null ? null : assignee.username();
    }

    /** One operation: the items it touches, then the roll-up, then each changed item's new version. */
    private final class Session {

        private final Actor actor;
        private final Map<ItemId, WorkItem> before = new LinkedHashMap<>();
        private final Map<ItemId, ChangeKind> kinds = new HashMap<>();
        private final Map<ItemId, String> comments = new HashMap<>();
        private final Set<ItemId> forced = new HashSet<>();
        private final Map<ItemId, WorkItem> markedBefore = new LinkedHashMap<>();

        Session(Actor actor) {
            this.actor = actor;
        }

        void put(WorkItem changed, ChangeKind kind) {
            put(changed, kind, null);
        }

        void put(WorkItem changed, ChangeKind kind, String comment) {
            if (!before.containsKey(changed.id())) {
                before.put(changed.id(), items.get(changed.id()));
            }
            kinds.putIfAbsent(changed.id(), kind);
            if (comment != null) {
                comments.putIfAbsent(changed.id(), comment);
            }
            items.put(changed.id(), changed);
        }

        /** A change that counts even when the item's fields end up as they were (a comment repeated, details edited). */
        void forceChanged(ItemId id) {
            forced.add(id);
        }

        /** Bookkeeping of the deadline jobs: saved, but no new version and no event. */
        void mark(WorkItem changed) {
            markedBefore.putIfAbsent(changed.id(), items.get(changed.id()));
            items.put(changed.id(), changed);
        }

        Changes finish() {
            markPassedDeadlines();
            rollUp();
            List<ItemChange> changes = new ArrayList<>();
            for (Map.Entry<ItemId, WorkItem> entry : before.entrySet()) {
                WorkItem was = entry.getValue();
                WorkItem now = items.get(entry.getKey());
                if (was != null && was.equals(now) && !forced.contains(entry.getKey())) {
                    continue;
                }
                WorkItem versioned = now.withVersion(was == null ? 1 : was.version() + 1);
                items.put(versioned.id(), versioned);
                changes.add(new ItemChange(was, versioned, kinds.get(entry.getKey()), actorName(), actor == null ? null : actor.at(),
                        comments.get(entry.getKey())));
            }
            List<Changes.Mark> marked = markedBefore.entrySet().stream()
                    .filter(entry -> !before.containsKey(entry.getKey()))
                    .map(entry -> new Changes.Mark(entry.getValue(), items.get(entry.getKey())))
                    .toList();
            return new Changes(Assignment.this, changes, marked);
        }

        private String actorName() {
            return actor == null ? Actor.SYSTEM : actor.username();
        }

        /**
         * An item created or changed with its deadline already passed is overdue from the start, not only from the
         * overdue job's next run.
         */
        private void markPassedDeadlines() {
            if (actor == null) {
                return;
            }
            for (ItemId id : List.copyOf(before.keySet())) {
                WorkItem item = items.get(id);
                if (item.isOpen() && item.overdueSince() == null && item.deadline().isBefore(actor.today())) {
                    items.put(id, item.withOverdueSince(item.deadline().plusDays(1)));
                }
            }
        }

        /** Deepest items first, so each item rolls up from parts that are already up to date. */
        private void rollUp() {
            Map<ItemId, Integer> depth = new HashMap<>();
            items.values().forEach(item -> depth.put(item.id(), depthOf(item)));
            List<WorkItem> deepestFirst = new ArrayList<>(items.values());
            deepestFirst.sort(Comparator.comparing((WorkItem item) -> depth.get(item.id())).reversed());
            for (WorkItem listed : deepestFirst) {
                WorkItem item = items.get(listed.id());
                if (item.status() == Status.CANCELLED) {
                    continue;
                }
                List<WorkItem> open = parts(item.id()).stream().filter(part -> part.status() != Status.CANCELLED).toList();
                if (open.isEmpty()) {
                    continue;
                }
                Status status = RollUp.status(open.stream().map(WorkItem::statusForRollUp).toList());
                TrafficLight light = RollUp.light(open.stream().map(WorkItem::shownLight).toList());
                if (status != item.status() || light != item.light()) {
                    put(item.withStatus(status, light, item.note()), ChangeKind.ROLLED_UP);
                }
            }
        }

        private int depthOf(WorkItem item) {
            int depth = 0;
            for (WorkItem at = item; at.parentId() != null; at = items.get(at.parentId())) {
                depth++;
            }
            return depth;
        }
    }
}
