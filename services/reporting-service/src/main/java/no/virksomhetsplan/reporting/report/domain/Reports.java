package no.virksomhetsplan.reporting.report.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.virksomhetsplan.reporting.period.domain.Period;

/** Where reports are kept. */
public interface Reports {

    Optional<Report> find(String tenant, UUID id);

    /** Locks the report's row until the transaction ends, so changes to one report run one after the other. */
    Optional<Report> findForUpdate(String tenant, UUID id);

    Optional<Report> findFor(String tenant, UUID unitId, Period period);

    /** @return false if the unit already has a report for the period */
    boolean add(String tenant, Report report);

    /** Saves a changed report whose version was {@code report.version()}; its version goes up by one. */
    void save(String tenant, Report report);

    /** The status of each unit's report for the period; units without one are left out. */
    Map<UUID, ReportStatus> statuses(String tenant, Period period, Collection<UUID> units);

    /** Reports of these units (any period when {@code period} is null), newest period first. */
    List<Report> ofUnits(String tenant, Collection<UUID> units, Period period, ReportStatus status);
}
