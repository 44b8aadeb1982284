package no.virksomhetsplan.checklists.orgunit.application;

import java.util.Locale;
import no.virksomhetsplan.platform.security.Caller;

/** Usernames as Keycloak keeps them: lower case. */
public final class People {

    private People() {
    }

    public static String normalise(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    public static String of(Caller caller) {
        return normalise(caller.username() != null ? caller.username() : caller.subject());
    }
}
