package no.virksomhetsplan.plans.orgunit.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.virksomhetsplan.platform.domain.ConflictException;

/** Keeps histories the way the database does, so domain tests can make changes one after another and read any day. */
final class InMemoryTree {

    private final Map<OrgUnitId, List<OrgUnitPeriod>> periods = new HashMap<>();
    private final Map<OrgUnitId, Long> versions = new HashMap<>();

    NewOrgUnit add(NewOrgUnit unit) {
        periods.put(unit.unit().id(), new ArrayList<>(unit.unit().periods()));
        versions.put(unit.unit().id(), unit.unit().version());
        return unit;
    }

    OrgUnitChange apply(OrgUnitChange change) {
        if (versions.get(change.unitId()) != change.expectedVersion()) {
            throw new ConflictException("stale");
        }
        versions.put(change.unitId(), change.version());
        change.removed().forEach(period -> periods.get(period.unitId()).remove(period));
        change.added().forEach(period -> periods.get(period.unitId()).add(period));
        periods.values().forEach(list -> list.sort(Comparator.comparing(OrgUnitPeriod::validFrom)));
        return change;
    }

    OrgUnitHistory from(OrgUnitId id, LocalDate day) {
        List<OrgUnitPeriod> all = periods.get(id);
        OrgUnitPeriod last = all.get(all.size() - 1);
        return new OrgUnitHistory("fjordvik", id, versions.get(id), last.details().name(), all.get(0).validFrom(), last.validTo(),
                day, all.stream().filter(period -> period.endsAfter(day)).toList());
    }

    List<OrgUnitPeriod> below(OrgUnitHistory unit) {
        return periods.values().stream().flatMap(List::stream)
                .filter(period -> period.ancestorIds().contains(unit.id()) && period.endsAfter(unit.from()))
                .toList();
    }

    List<String> namesBelow(OrgUnitId id, LocalDate day) {
        return periods.values().stream()
                .filter(list -> list.stream().anyMatch(period -> id.equals(period.parentId()) && period.endsAfter(day)))
                .map(list -> list.get(list.size() - 1).details().name())
                .sorted()
                .toList();
    }

    Optional<OrgUnitPeriod> on(OrgUnitId id, LocalDate day) {
        return periods.get(id).stream().filter(period -> period.covers(day)).findFirst();
    }

    List<OrgUnitPeriod> periodsOf(OrgUnitId id) {
        return List.copyOf(periods.get(id));
    }
}
