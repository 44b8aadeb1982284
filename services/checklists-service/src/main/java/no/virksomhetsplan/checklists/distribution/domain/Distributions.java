package no.virksomhetsplan.checklists.distribution.domain;

import java.util.List;
import java.util.Optional;

public interface Distributions {

    void add(String tenant, Distribution distribution);

    Optional<Distribution> find(String tenant, DistributionId id);

    void update(String tenant, Distribution distribution);

    /** The municipality's distributions of a year, the latest deadline first. */
    List<Distribution> ofYear(String tenant, int year);
}
