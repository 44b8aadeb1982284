package no.virksomhetsplan.platform.security;

import java.util.Set;

/**
 * Who is calling, taken from a validated token only (never from a URL or a body).
 *
 * @param subject  the token's {@code sub}: a stable user or client id
 * @param username the token's {@code preferred_username}
 * @param tenant   the municipality, from the {@code tenant} claim, checked against the issuer
 * @param orgUnit  the external code of the caller's own unit, from the {@code org_unit} claim (may be null)
 * @param roles    realm and client roles
 */
public record Caller(String subject, String username, String tenant, String orgUnit, Set<String> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** A professional system's client, not a person. */
    public boolean isMachine() {
        return roles.contains(Roles.FAGSYSTEM);
    }
}
