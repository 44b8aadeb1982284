package no.virksomhetsplan.assignments.person.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import no.virksomhetsplan.platform.orgtree.OrgUnitId;

/**
 * Someone who can be responsible for assignments, delegations and tasks.
 *
 * @param username the Keycloak username, lower case
 * @param name     the name to show, or null
 * @param email    where reminders go, or null
 * @param unitId   the unit the person belongs to
 * @param leftOn   the day the person left the municipality, or null
 */
public record Person(String username, String name, String email, OrgUnitId unitId, LocalDate leftOn) {

    public static final int MAX_USERNAME_LENGTH = 100;

    public Person {
        username = normalise(username);
        Objects.requireNonNull(unitId);
    }

    public static String normalise(String username) {
        return Objects.requireNonNull(username, "username").strip().toLowerCase(Locale.ROOT);
    }

    public boolean hasLeft(LocalDate today) {
        return leftOn != null && !leftOn.isAfter(today);
    }
}
