package no.virksomhetsplan.checklists.deviation.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface Deviations {

    void add(String tenant, Deviation deviation);

    Optional<Deviation> find(String tenant, UUID id);

    /** The deviation followed up by this assignment, locked until the transaction ends. */
    Optional<Deviation> byFollowUpForUpdate(String tenant, UUID followUpId);

    void update(String tenant, Deviation deviation);

    /**
     * The register: deviations of the unit with this path, and with {@code subtree} of every unit below it, open first
     * by deadline, then closed ones, paged.
     */
    List<Deviation> register(String tenant, String path, boolean subtree, Boolean closed, int offset, int limit);

    List<Deviation> ofResponse(String tenant, UUID responseId);
}
