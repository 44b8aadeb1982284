package no.virksomhetsplan.assignments.person.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;

/** The people this service knows; scoped to one municipality. */
public interface People {

    Optional<Person> find(String tenant, String username);

    List<Person> findAll(String tenant, Collection<String> usernames);

    /** Adds the person or replaces what is known of them. */
    void save(String tenant, Person person);

    /** People of these units, by username. */
    List<Person> inUnits(String tenant, Collection<OrgUnitId> units);

    /** The unit the org tree says this person leads, if any (a leader belongs to the unit they lead). */
    Optional<OrgUnitId> unitLedBy(String tenant, String username);
}
