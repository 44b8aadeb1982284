package no.virksomhetsplan.checklists.response.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.virksomhetsplan.checklists.distribution.domain.DistributionId;

/** Units' checklists and their answers. Answers are only ever appended. */
public interface Responses {

    void addAll(String tenant, List<Response> responses);

    Optional<Response> find(String tenant, ResponseId id);

    /** The response, locked until the transaction ends: one change of a unit's checklist at a time. */
    Optional<Response> findForUpdate(String tenant, ResponseId id);

    void update(String tenant, Response response);

    void append(String tenant, ResponseId id, List<Answer> answers);

    /** The current (latest) answer to each answered question. */
    Map<UUID, Answer> current(String tenant, ResponseId id);

    /** Every answer ever given, oldest first. */
    List<Answer> history(String tenant, ResponseId id);

    /** The checklists a person answers: those naming them, and those of the units they answer for, newest deadline first. */
    List<Response> forPerson(String tenant, String username, List<UUID> answeredUnits);

    List<Response> ofDistribution(String tenant, DistributionId id, int limit);
}
