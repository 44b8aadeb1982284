package no.virksomhetsplan.assignments.overview.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.assignments.assignment.application.Page;
import no.virksomhetsplan.assignments.overview.domain.ItemSummary;
import no.virksomhetsplan.assignments.overview.domain.OverviewReads;
import no.virksomhetsplan.assignments.overview.domain.UnitCounts;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import no.virksomhetsplan.platform.orgtree.OrgUnit;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;
import no.virksomhetsplan.platform.orgtree.UnitAccess;
import no.virksomhetsplan.platform.orgtree.Units;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A leader's status overview: for a unit they lead, the counters of the unit and of each unit directly below it
 * (drill down by asking for a child), and the subtree's overdue items and items without an owner.
 */
@Service
@Transactional(readOnly = true)
public class StatusOverview {

    /** A unit with its counters. */
    public record UnitOverview(OrgUnit unit, UnitCounts counts) {
    }

    public record Overview(int year, UnitOverview unit, List<UnitOverview> children) {
    }

    private final UnitAccess access;
    private final Units units;
    private final OverviewReads reads;

    StatusOverview(UnitAccess access, Units units, OverviewReads reads) {
        this.access = access;
        this.units = units;
        this.reads = reads;
    }

    /** @param unitId null for the top of the caller's part of the tree */
    public Overview overview(Caller caller, OrgUnitId unitId, int year) {
        OrgUnit unit = unitLed(caller, unitId);
        List<OrgUnit> children = units.children(caller.tenant(), unit.id());
        List<UUID> ids = new ArrayList<>();
        ids.add(unit.id().value());
        children.forEach(child -> ids.add(child.id().value()));
        Map<UUID, UnitCounts> counts = reads.counts(caller.tenant(), year, ids);
        return new Overview(year, new UnitOverview(unit, counts.get(unit.id().value())),
                children.stream().map(child -> new UnitOverview(child, counts.get(child.id().value()))).toList());
    }

    /**
     * The open items of the unit's subtree that are overdue, or (with {@code ownerless}) have nobody responsible or a
     * responsible person who has left.
     */
    public Page<ItemSummary> flagged(Caller caller, OrgUnitId unitId, boolean ownerless, Integer year, int page, int size) {
        OrgUnit unit = unitLed(caller, unitId);
        List<UUID> subtree = units.subtree(caller.tenant(), unit.id()).stream().map(each -> each.id().value()).toList();
        return new Page<>(reads.flagged(caller.tenant(), subtree, ownerless, year, page * size, size), page, size,
                reads.countFlagged(caller.tenant(), unit.id().value(), ownerless, year));
    }

    private OrgUnit unitLed(Caller caller, OrgUnitId unitId) {
        if (unitId != null) {
            return access.requireLeads(caller, unitId);
        }
        return access.topOfReach(caller).orElseThrow(() -> new RuleViolationException(
                "Say which unit (unitId): the overview is for leaders, of a unit they lead."));
    }
}
