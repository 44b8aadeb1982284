package no.virksomhetsplan.plans.orgunit.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import no.virksomhetsplan.contracts.IntegrationEvent;
import no.virksomhetsplan.contracts.org.OrgUnitClosed;
import no.virksomhetsplan.contracts.org.OrgUnitCreated;
import no.virksomhetsplan.contracts.org.OrgUnitMoved;
import no.virksomhetsplan.contracts.org.OrgUnitUpdated;
import no.virksomhetsplan.platform.domain.ConflictException;
import no.virksomhetsplan.platform.domain.RuleViolationException;

/**
 * A unit's history from a given day on (every period that lasts beyond it), which is what a change from that day
 * needs: every change applies from its day on and leaves the days before it as they were, so earlier years keep
 * the structure they had.
 *
 * <p>The rules:
 * <ul>
 * <li>A change names the version it was based on; if the unit has changed since, it is refused (no lost update).
 * <li>The unit must exist on the day and must not be closing: a closed unit keeps its history unchanged.
 * <li>A unit's details (name, code, level, leader) change in date order, and so does its parent: a change dated
 *     before one of the same kind that is already decided is refused, as it would silently undo it. Changes of the
 *     other kind, and paths that change because an ancestor moves, are carried along.
 * <li>A unit moves with everything below it, never under itself or its own descendants; the top never moves.
 * <li>A unit closes only when no unit remains below it.
 * </ul>
 */
public final class OrgUnitHistory {

    private final String tenant;
    private final OrgUnitId id;
    private final long version;
    private final String name;
    private final LocalDate opensOn;
    private final LocalDate closedFrom;
    private final LocalDate from;
    private final List<OrgUnitPeriod> periods;

    /**
     * @param name       the unit's latest name, to name it in messages
     * @param opensOn    the unit's first day
     * @param closedFrom the first day the unit no longer exists, or null while no closing is decided
     * @param from       the day the history starts from
     * @param periods    every period of the unit that lasts beyond {@code from}, in date order
     */
    public OrgUnitHistory(String tenant, OrgUnitId id, long version, String name, LocalDate opensOn, LocalDate closedFrom,
            LocalDate from, List<OrgUnitPeriod> periods) {
        this.tenant = Objects.requireNonNull(tenant);
        this.id = Objects.requireNonNull(id);
        this.version = version;
        this.name = Objects.requireNonNull(name);
        this.opensOn = Objects.requireNonNull(opensOn);
        this.closedFrom = closedFrom;
        this.from = Objects.requireNonNull(from);
        this.periods = List.copyOf(periods);
        for (int i = 0; i < this.periods.size(); i++) {
            OrgUnitPeriod period = this.periods.get(i);
            if (!period.unitId().equals(id) || !period.endsAfter(from)
                    || i > 0 && !period.validFrom().equals(this.periods.get(i - 1).validTo())) {
                throw new IllegalArgumentException("not a history of " + id + " from " + from + ": " + this.periods);
            }
        }
    }

    /** The top of a municipality's tree, from the given day on. */
    public static NewOrgUnit top(String tenant, OrgUnitDetails details, LocalDate from) {
        return created(tenant, List.of(new OrgUnitPeriod(OrgUnitId.newId(), from, null, null, List.of(), details)), from);
    }

    /** A new unit directly below this one, from this history's day on; its path follows this unit's. */
    public NewOrgUnit addChild(OrgUnitDetails details) {
        notOpen().ifPresent(reason -> {
            throw new RuleViolationException(reason);
        });
        OrgUnitId child = OrgUnitId.newId();
        List<OrgUnitPeriod> childPeriods = places().stream()
                .map(place -> new OrgUnitPeriod(child, place.from(), place.to(), id, place.path(), details))
                .toList();
        return created(tenant, childPeriods, from);
    }

    /** New name, code, level or leader from this history's day on. */
    public OrgUnitChange changeDetails(long expectedVersion, OrgUnitDetails details) {
        requireVersion(expectedVersion);
        requireOpen();
        OrgUnitPeriod current = periods.get(0);
        laterChange(period -> !period.details().equals(current.details())).ifPresent(later -> {
            throw new RuleViolationException(name + " already has a change of its name, code, level or leader from "
                    + later.validFrom() + "; date this change on or after that day.");
        });
        List<OrgUnitPeriod> added = new ArrayList<>();
        for (OrgUnitPeriod period : periods) {
            keepTheDaysBefore(period, added);
            added.add(period.between(later(period.validFrom(), from), period.validTo()).withDetails(details));
        }
        return change(periods, added, new OrgUnitUpdated(id.value(), details.name(), details.externalCode(), details.levelName(),
                details.leader(), from, version + 1));
    }

    /**
     * This unit and everything below it under a new parent from this history's day on.
     *
     * @param newParent its history from the same day
     * @param below     every period of the units below this one that lasts beyond the day
     */
    public OrgUnitChange moveUnder(long expectedVersion, OrgUnitHistory newParent, List<OrgUnitPeriod> below) {
        requireVersion(expectedVersion);
        requireOpen();
        if (!newParent.from.equals(from)) {
            throw new IllegalArgumentException("the new parent's history starts on " + newParent.from + ", not " + from);
        }
        OrgUnitPeriod current = periods.get(0);
        if (current.parentId() == null) {
            throw new RuleViolationException("The top unit cannot be moved.");
        }
        if (newParent.id.equals(id)) {
            throw new RuleViolationException(name + " cannot be moved under itself.");
        }
        newParent.notOpen().ifPresent(reason -> {
            throw new RuleViolationException(reason);
        });
        newParent.periods.stream().filter(period -> period.ancestorIds().contains(id)).findFirst().ifPresent(period -> {
            throw new RuleViolationException(newParent.name + " is below " + name + " on " + later(period.validFrom(), from)
                    + "; a unit cannot be moved under its own descendant.");
        });
        laterChange(period -> !period.parentId().equals(current.parentId())).ifPresent(later -> {
            throw new RuleViolationException(name + " already moves on " + later.validFrom()
                    + "; date this move on or after that day.");
        });
        if (current.parentId().equals(newParent.id)) {
            throw new RuleViolationException(name + " is already directly under " + newParent.name + ".");
        }
        List<Place> places = newParent.places();
        List<OrgUnitPeriod> removed = new ArrayList<>(periods);
        List<OrgUnitPeriod> added = new ArrayList<>();
        for (OrgUnitPeriod period : periods) {
            keepTheDaysBefore(period, added);
            for (Place place : within(later(period.validFrom(), from), period.validTo(), places)) {
                added.add(new OrgUnitPeriod(id, place.from(), place.to(), newParent.id, place.path(), period.details()));
            }
        }
        for (OrgUnitPeriod period : below) {
            int movedAt = period.ancestorIds().indexOf(id);
            if (movedAt < 0 || !period.endsAfter(from)) {
                throw new IllegalArgumentException("not a period below " + id + " from " + from + ": " + period);
            }
            List<OrgUnitId> fromMovedUnitDown = period.ancestorIds().subList(movedAt, period.ancestorIds().size());
            removed.add(period);
            keepTheDaysBefore(period, added);
            for (Place place : within(later(period.validFrom(), from), period.validTo(), places)) {
                List<OrgUnitId> ancestors = new ArrayList<>(place.path());
                ancestors.addAll(fromMovedUnitDown);
                added.add(new OrgUnitPeriod(period.unitId(), place.from(), place.to(), period.parentId(), ancestors, period.details()));
            }
        }
        return change(removed, added, new OrgUnitMoved(id.value(), newParent.id.value(), current.parentId().value(),
                values(places.get(0).path()), from, version + 1));
    }

    /**
     * Closes the unit from this history's day on: the day before is its last.
     *
     * @param unitsStillBelow names of the units directly below it that last beyond the day
     */
    public OrgUnitChange close(long expectedVersion, List<String> unitsStillBelow) {
        requireVersion(expectedVersion);
        requireOpen();
        OrgUnitPeriod current = periods.get(0);
        if (current.parentId() == null) {
            throw new RuleViolationException("The top unit cannot be closed.");
        }
        if (!opensOn.isBefore(from)) {
            throw new RuleViolationException(name + " opens on " + opensOn + "; it can close from the day after at the earliest.");
        }
        laterChange(period -> !period.parentId().equals(current.parentId()) || !period.details().equals(current.details()))
                .ifPresent(later -> {
                    throw new RuleViolationException(name + " has a change from " + later.validFrom()
                            + "; close it from that day or later.");
                });
        if (!unitsStillBelow.isEmpty()) {
            throw new RuleViolationException(name + " still has units below it from " + from + ": "
                    + String.join(", ", unitsStillBelow) + ". Move or close them first.");
        }
        List<OrgUnitPeriod> added = current.validFrom().isBefore(from) ? List.of(current.until(from)) : List.of();
        return change(periods, added, new OrgUnitClosed(id.value(), from, version + 1));
    }

    /** Why the unit cannot have units below it from this history's day on, if it cannot. */
    public Optional<String> notOpen() {
        if (closedFrom != null) {
            return Optional.of(name + " closes from " + closedFrom + ".");
        }
        if (periods.isEmpty() || periods.get(0).validFrom().isAfter(from)) {
            return Optional.of(name + " opens on " + opensOn + ", after " + from + ".");
        }
        return Optional.empty();
    }

    /** Every distinct path (top down to this unit) the unit has from the day on; the units below it start with one. */
    public List<List<OrgUnitId>> paths() {
        return places().stream().map(Place::path).distinct().toList();
    }

    public String tenant() {
        return tenant;
    }

    public OrgUnitId id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public LocalDate from() {
        return from;
    }

    public List<OrgUnitPeriod> periods() {
        return periods;
    }

    private static NewOrgUnit created(String tenant, List<OrgUnitPeriod> periods, LocalDate from) {
        OrgUnitPeriod first = periods.get(0);
        OrgUnitDetails details = first.details();
        var unit = new OrgUnitHistory(tenant, first.unitId(), 1, details.name(), from, null, from, periods);
        var event = new OrgUnitCreated(first.unitId().value(), first.parentId() == null ? null : first.parentId().value(),
                values(first.ancestorIds()), details.name(), details.externalCode(), details.levelName(), unit.version,
                details.leader(), from);
        return new NewOrgUnit(unit, event);
    }

    private void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new ConflictException(name + " has been changed since you read it (it is at version " + version
                    + ", your change was based on version " + expectedVersion + "). Reload it and try again.");
        }
    }

    private void requireOpen() {
        notOpen().ifPresent(reason -> {
            throw new RuleViolationException(reason + " A unit can be changed only while it exists and no closing is decided.");
        });
    }

    /** The first period after the one on the day that differs from it in the way the predicate tells. */
    private Optional<OrgUnitPeriod> laterChange(Predicate<OrgUnitPeriod> differs) {
        return periods.stream().skip(1).filter(differs).findFirst();
    }

    private void keepTheDaysBefore(OrgUnitPeriod period, List<OrgUnitPeriod> added) {
        if (period.validFrom().isBefore(from)) {
            added.add(period.until(from));
        }
    }

    private OrgUnitChange change(List<OrgUnitPeriod> removed, List<OrgUnitPeriod> added, IntegrationEvent event) {
        return new OrgUnitChange(tenant, id, version, version + 1, removed, joinUnchanged(added), event);
    }

    /** Where the unit sits from the day on: stretches of days with one path (top down to the unit) each. */
    private List<Place> places() {
        List<Place> places = new ArrayList<>();
        for (OrgUnitPeriod period : periods) {
            LocalDate start = later(period.validFrom(), from);
            Place last = places.isEmpty() ? null : places.get(places.size() - 1);
            if (last != null && last.path().equals(period.path())) {
                places.set(places.size() - 1, new Place(last.from(), period.validTo(), last.path()));
            } else {
                places.add(new Place(start, period.validTo(), period.path()));
            }
        }
        return places;
    }

    /** The days from start until end (exclusive, null for open-ended) that fall in each place. */
    private static List<Place> within(LocalDate start, LocalDate end, List<Place> places) {
        List<Place> parts = new ArrayList<>();
        for (Place place : places) {
            LocalDate partStart = later(start, place.from());
            LocalDate partEnd = earlier(end, place.to());
            if (partEnd == null || partStart.isBefore(partEnd)) {
                parts.add(new Place(partStart, partEnd, place.path()));
            }
        }
        return parts;
    }

    /** Neighbouring periods of a unit that say the same are one period. */
    static List<OrgUnitPeriod> joinUnchanged(List<OrgUnitPeriod> periods) {
        Map<OrgUnitId, List<OrgUnitPeriod>> byUnit = new LinkedHashMap<>();
        periods.forEach(period -> byUnit.computeIfAbsent(period.unitId(), unit -> new ArrayList<>()).add(period));
        List<OrgUnitPeriod> joined = new ArrayList<>();
        for (List<OrgUnitPeriod> unitPeriods : byUnit.values()) {
            unitPeriods.sort(Comparator.comparing(OrgUnitPeriod::validFrom));
            OrgUnitPeriod pending = null;
            for (OrgUnitPeriod period : unitPeriods) {
                if (pending != null && pending.sameAs(period) && period.validFrom().equals(pending.validTo())) {
                    pending = pending.until(period.validTo());
                } else {
                    if (pending != null) {
                        joined.add(pending);
                    }
                    pending = period;
                }
            }
            joined.add(pending);
        }
        return joined;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The earlier of two ends, where null is an open end. */
    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    private static List<UUID> values(List<OrgUnitId> ids) {
        return ids.stream().map(OrgUnitId::value).toList();
    }

    /** Days from {@code from} until {@code to} (exclusive; null while it lasts) with one path. */
    private record Place(LocalDate from, LocalDate to, List<OrgUnitId> path) {
    }
}
