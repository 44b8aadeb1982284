package no.virksomhetsplan.assignments.assignment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;

/**
 * What assignments, delegations and tasks have in common: a unit, a responsible person, a deadline, a status with a
 * traffic light and a dated comment, and what the deadline jobs have done about it.
 *
 * @param assignmentId     the assignment the item belongs to (its own id for an assignment)
 * @param parentId         the item above it: none for an assignment; the assignment or a delegation for a delegation;
 *                         a delegation for a task
 * @param unitId           the owning unit of an assignment; the receiving unit of a delegation; a task's delegation's unit
 * @param fromUnitId       the delegating unit of a delegation (the unit of the item above), else null
 * @param title            an assignment's or a task's title; null for a delegation, which carries its assignment's
 * @param responsible      the responsible person's username, or null when nobody is
 * @param responsibleLeft  the responsible person has left the municipality, so the item has no owner in practice
 * @param overdueSince     the first day the item was overdue, set by the overdue job; kept when it is closed later
 * @param remindedOn       the day its deadline reminder went out, or null
 * @param escalatedOn      the day its superior leader was told it is overdue, or null
 */
public record WorkItem(
        ItemId id,
        ItemKind kind,
        ItemId assignmentId,
        ItemId parentId,
        OrgUnitId unitId,
        OrgUnitId fromUnitId,
        String title,
        String description,
        String responsible,
        boolean responsibleLeft,
        LocalDate deadline,
        Status status,
        TrafficLight light,
        StatusNote note,
        LocalDate overdueSince,
        LocalDate remindedOn,
        LocalDate escalatedOn,
        long version,
        String createdBy,
        Instant createdAt) {

    public WorkItem {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(assignmentId);
        Objects.requireNonNull(unitId);
        Objects.requireNonNull(deadline);
        Objects.requireNonNull(status);
        Objects.requireNonNull(light);
        if ((kind == ItemKind.ASSIGNMENT) != (parentId == null)) {
            throw new IllegalArgumentException("an assignment, and only an assignment, has no item above it");
        }
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    /** Open and past its deadline, as the overdue job found. */
    public boolean isOverdue() {
        return isOpen() && overdueSince != null;
    }

    /** Open with nobody responsible, or with a responsible person who has left. */
    public boolean isOwnerless() {
        return isOpen() && (responsible == null || responsibleLeft);
    }

    /** The light as shown: an overdue item is red, whatever was reported. */
    public TrafficLight shownLight() {
        return isOverdue() ? TrafficLight.RED : light;
    }

    /** How it counts when its parent's status is rolled up: an overdue part makes the whole delayed. */
    Status statusForRollUp() {
        return isOverdue() ? Status.DELAYED : status;
    }

    /** The item's period runs a month or more: from the day it was created to its deadline. */
    public boolean runsAMonthOrMore() {
        return !LocalDate.ofInstant(createdAt, Actor.NORWAY).plusMonths(1).isAfter(deadline);
    }

    WorkItem withStatus(Status newStatus, TrafficLight newLight, StatusNote newNote) {
        return new WorkItem(id, kind, assignmentId, parentId, unitId, fromUnitId, title, description, responsible, responsibleLeft,
                deadline, newStatus, newLight, newNote, overdueSince, remindedOn, escalatedOn, version, createdBy, createdAt);
    }

    WorkItem withContent(String newTitle, String newDescription) {
        return new WorkItem(id, kind, assignmentId, parentId, unitId, fromUnitId, newTitle, newDescription, responsible,
                responsibleLeft, deadline, status, light, note, overdueSince, remindedOn, escalatedOn, version, createdBy, createdAt);
    }

    WorkItem withResponsible(String username) {
        return new WorkItem(id, kind, assignmentId, parentId, unitId, fromUnitId, title, description, username, false,
                deadline, status, light, note, overdueSince, remindedOn, escalatedOn, version, createdBy, createdAt);
    }

    WorkItem withResponsibleLeft(boolean left) {
        return new WorkItem(id, kind, assignmentId, parentId, unitId, fromUnitId, title, description, responsible, left,
                deadline, status, light, note, overdueSince, remindedOn, escalatedOn, version, createdBy, createdAt);
    }

    /** A new deadline starts the reminders over; a deadline moved to today or later ends being overdue. */
    WorkItem withDeadline(LocalDate newDeadline, LocalDate today) {
        if (newDeadline.equals(deadline)) {
            return this;
        }
        boolean stillOverdue = overdueSince != null && newDeadline.isBefore(today);
        return new WorkItem(id, kind, assignmentId, parentId, unitId, fromUnitId, title, description, responsible,
                responsibleLeft, newDeadline, status, light, note, stillOverdue ? overdueSince : null, null,
                stillOverdue ? escalatedOn : null, version, createdBy, createdAt);
    }

    WorkItem withOverdueSince(LocalDate day) {
        return new WorkItem(id, kind, assignmentId, parentId, unitId, fromUnitId, title, description, responsible,
                responsibleLeft, deadline, status, light, note, day, remindedOn, escalatedOn, version, createdBy, createdAt);
    }

    WorkItem withRemindedOn(LocalDate day) {
        return new WorkItem(id, kind, assignmentId, parentId, unitId, fromUnitId, title, description, responsible,
                responsibleLeft, deadline, status, light, note, overdueSince, day, escalatedOn, version, createdBy, createdAt);
    }

    WorkItem withEscalatedOn(LocalDate day) {
        return new WorkItem(id, kind, assignmentId, parentId, unitId, fromUnitId, title, description, responsible,
                responsibleLeft, deadline, status, light, note, overdueSince, remindedOn, day, version, createdBy, createdAt);
    }

    WorkItem withVersion(long newVersion) {
        return new WorkItem(id, kind, assignmentId, parentId, unitId, fromUnitId, title, description, responsible,
                responsibleLeft, deadline, status, light, note, overdueSince, remindedOn, escalatedOn, newVersion, createdBy,
                createdAt);
    }
}
