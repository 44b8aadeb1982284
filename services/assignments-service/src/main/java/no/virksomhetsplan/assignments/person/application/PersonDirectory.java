package no.virksomhetsplan.assignments.person.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.virksomhetsplan.assignments.assignment.domain.Assignee;
import no.virksomhetsplan.assignments.person.domain.People;
import no.virksomhetsplan.assignments.person.domain.Person;
import no.virksomhetsplan.platform.domain.RuleViolationException;
import no.virksomhetsplan.platform.orgtree.OrgUnit;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;
import no.virksomhetsplan.platform.orgtree.UnitAccess;
import no.virksomhetsplan.platform.orgtree.Units;
import no.virksomhetsplan.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs where. The service has no user directory of its own: it learns each person from their token when
 * they use it (name, e-mail and the unit of the {@code org_unit} claim), a leader can register people of their
 * units ahead of that, and the leader the org tree names for a unit belongs to that unit.
 */
@Service
public class PersonDirectory {

    /** What each person's token said when it was last written down, so an unchanged token costs no query at all. */
    private final Map<String, String> rememberedTokens = new ConcurrentHashMap<>();
    private final People people;
    private final Units units;
    private final UnitAccess access;
    private final Clock clock;

    PersonDirectory(People people, Units units, UnitAccess access, Clock clock) {
        this.people = people;
        this.units = units;
        this.access = access;
        this.clock = clock;
    }

    /** Keeps what the caller's token says of them: their name, e-mail and unit. */
    @Transactional
    public void remember(Caller caller, String name, String email) {
        if (caller.isMachine() || caller.username() == null) {
            return;
        }
        String key = caller.tenant() + "/" + Person.normalise(caller.username());
        String token = caller.orgUnit() + "|" + name + "|" + email;
        if (token.equals(rememberedTokens.get(key))) {
            return;
        }
        Optional<OrgUnit> unit = access.ownUnit(caller);
        if (unit.isEmpty()) {
            return;
        }
        Person stored = people.find(caller.tenant(), caller.username()).orElse(null);
        Person fromToken = new Person(caller.username(), name, email, unit.get().id(), stored == null ? null : stored.leftOn());
        if (!fromToken.equals(stored)) {
            people.save(caller.tenant(), fromToken);
        }
        rememberedTokens.put(key, token);
    }

    /** Registers (or corrects) a person of a unit the caller leads. */
    @Transactional
    public Person register(Caller caller, String username, String name, String email, OrgUnitId unitId) {
        OrgUnit unit = access.requireLeads(caller, unitId);
        Person stored = people.find(caller.tenant(), username).orElse(null);
        Person person = new Person(username, name, email, unit.id(), stored == null ? null : stored.leftOn());
        people.save(caller.tenant(), person);
        rememberedTokens.remove(caller.tenant() + "/" + person.username());
        return person;
    }

    /** Records that a person of a unit the caller leads has left (or, with null, that they are back). */
    @Transactional
    public Person left(Caller caller, String username, LocalDate leftOn) {
        Person person = people.find(caller.tenant(), username)
                .orElseThrow(() -> new RuleViolationException(unknown(username)));
        access.requireLeads(caller, person.unitId());
        Person changed = new Person(person.username(), person.name(), person.email(), person.unitId(), leftOn);
        people.save(caller.tenant(), changed);
        rememberedTokens.remove(caller.tenant() + "/" + person.username());
        return changed;
    }

    /** The people of a unit the caller leads and of the units below it. */
    @Transactional(readOnly = true)
    public List<Person> ofUnit(Caller caller, OrgUnitId unitId) {
        OrgUnit unit = access.requireLeads(caller, unitId);
        return people.inUnits(caller.tenant(), units.subtree(caller.tenant(), unit.id()).stream().map(OrgUnit::id).toList());
    }

    public Optional<Person> find(String tenant, String username) {
        return people.find(tenant, username);
    }

    /**
     * The person as someone who can be made responsible: registered (or the named leader of a unit), in a unit that
     * exists, and not gone.
     *
     * @throws RuleViolationException if the person is unknown or has left
     */
    public Assignee requireAssignee(String tenant, String username) {
        Objects.requireNonNull(username);
        Optional<Person> person = people.find(tenant, username);
        if (person.isPresent() && person.get().hasLeft(LocalDate.now(clock))) {
            throw new RuleViolationException(person.get().username() + " has left the municipality and cannot be made responsible.");
        }
        Optional<OrgUnitId> unitId = person.map(Person::unitId).or(() -> people.unitLedBy(tenant, username));
        return unitId.flatMap(id -> units.find(tenant, id))
                .map(unit -> new Assignee(Person.normalise(username), unit))
                .orElseThrow(() -> new RuleViolationException(unknown(username)));
    }

    private static String unknown(String username) {
        return Person.normalise(username) + " is not known as a person of a unit here: people are known once they have "
                + "signed in, or when a leader of their unit registers them.";
    }
}
