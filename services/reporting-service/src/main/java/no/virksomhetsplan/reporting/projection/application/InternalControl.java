package no.virksomhetsplan.reporting.projection.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.reporting.orgunit.domain.OrgUnit;
import no.virksomhetsplan.reporting.period.domain.Period;
import no.virksomhetsplan.reporting.projection.domain.ChecklistLine;
import no.virksomhetsplan.reporting.projection.domain.ControlFigures;
import no.virksomhetsplan.reporting.projection.persistence.JdbcChecklists;
import org.springframework.stereotype.Component;

/**
 * Checklists and deviations of units and their subtrees for a period, and the internal-control figures per area and
 * per unit below that the annual report to the council (kommuneloven § 25-2) is built from.
 */
@Component
public class InternalControl {

    /** The areas in the order documents list them; an area no template has yet comes last. */
    public static final List<String> AREAS = List.of("INTERNAL_CONTROL", "HSE", "QUALITY", "HR", "OTHER");

    /**
     * A unit's checklists for a period.
     *
     * @param own         the unit's own checklists within the period
     * @param subtree     the checklists of the unit and every unit below it within the period, and the deviations raised
     *                    in the period with what became of them
     * @param openNow     every deviation of the subtree that is still open, whenever it was raised
     */
    public record UnitChecklists(ControlFigures own, ControlFigures subtree, ControlFigures openNow) {

        public static final UnitChecklists NONE = new UnitChecklists(ControlFigures.NONE, ControlFigures.NONE,
                ControlFigures.NONE);
    }

    /** @param unit null for the whole */
    public record UnitFigures(OrgUnit unit, ControlFigures figures) {
    }

    /**
     * The internal-control figures of a unit's subtree for a period.
     *
     * @param byArea  per area (only areas with checklists or deviations), in {@link #AREAS} order
     * @param total   all areas together
     * @param byUnit  each unit directly below (for the municipality: each service area), all areas together
     */
    public record Figures(Period period, OrgUnit unit, Map<String, ControlFigures> byArea, ControlFigures total,
            List<UnitFigures> byUnit) {
    }

    private final JdbcChecklists checklists;

    InternalControl(JdbcChecklists checklists) {
        this.checklists = checklists;
    }

    /** Per unit: its own checklists, its subtree's, and its subtree's deviations still open. */
    public Map<UUID, UnitChecklists> of(String tenant, List<UUID> units, Period period, LocalDate today) {
        Map<UUID, ControlFigures> own = new HashMap<>();
        for (ChecklistLine line : checklists.ofUnits(tenant, units, period)) {
            boolean late = !line.submitted() && line.deadline().isBefore(today);
            own.merge(line.unitId(), ControlFigures.checklists(1, line.submitted() ? 1 : 0, late ? 1 : 0),
                    ControlFigures::plus);
        }
        Map<UUID, Map<String, ControlFigures>> subtree = checklists.figures(tenant, units, period, today);
        Map<UUID, Map<String, ControlFigures>> open = checklists.figures(tenant, units, null, today);
        Map<UUID, UnitChecklists> result = new HashMap<>();
        for (UUID unit : units) {
            result.put(unit, new UnitChecklists(own.getOrDefault(unit, ControlFigures.NONE), total(subtree.get(unit)),
                    total(open.get(unit))));
        }
        return result;
    }

    public Figures figures(String tenant, OrgUnit unit, List<OrgUnit> children, Period period, LocalDate today) {
        Map<String, ControlFigures> areas = checklists.figures(tenant, List.of(unit.id()), period, today)
                .getOrDefault(unit.id(), Map.of());
        Map<String, ControlFigures> byArea = new LinkedHashMap<>();
        areas.keySet().stream().sorted(Comparator.comparingInt(InternalControl::areaOrder).thenComparing(area -> area))
                .forEach(area -> byArea.put(area, areas.get(area)));
        Map<UUID, Map<String, ControlFigures>> below = checklists.figures(tenant,
                children.stream().map(OrgUnit::id).toList(), period, today);
        List<UnitFigures> byUnit = new ArrayList<>();
        for (OrgUnit child : children) {
            byUnit.add(new UnitFigures(child, total(below.get(child.id()))));
        }
        return new Figures(period, unit, byArea, total(areas), byUnit);
    }

    private static ControlFigures total(Map<String, ControlFigures> byArea) {
        return byArea == null ? ControlFigures.NONE
                : byArea.values().stream().reduce(ControlFigures.NONE, ControlFigures::plus);
    }

    private static int areaOrder(String area) {
        int index = AREAS.indexOf(area);
        return index < 0 ? AREAS.size() : index;
    }
}
