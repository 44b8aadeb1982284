package no.virksomhetsplan.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.virksomhetsplan.testsupport.OrgTree.Unit;

/** Tokens for the people of a test's units, with the claims the real Keycloak realms give. */
public final class People {

    private static final TestIssuer ISSUER = TestIssuer.shared();

    private People() {
    }

    /** Someone in {@code tenant} whose own unit is {@code unit}, with one role and their own username. */
    public static String aPersonIn(String tenant, Unit unit, String role, String username) {
        return ISSUER.token(tenant + "-medarbeider", Map.of(
                "org_unit", unit.code(),
                "preferred_username", username,
                "name", username,
                "email", username + "@" + tenant + ".kommune.local",
                "sub", UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString(),
                "realm_access", Map.of("roles", List.of(role))));
    }

    /** Someone in fjordvik. */
    public static String aPersonIn(Unit unit, String role, String username) {
        return aPersonIn("fjordvik", unit, role, username);
    }

    public static String adminOf(Unit top, String username) {
        return aPersonIn(top, "admin", username);
    }

    public static String kommunedirektorOf(Unit top, String username) {
        return aPersonIn(top, "kommunedirektor", username);
    }

    public static String headOf(Unit sector, String username) {
        return aPersonIn(sector, "kommunalsjef", username);
    }

    public static String leaderOf(Unit unit, String username) {
        return aPersonIn(unit, "virksomhetsleder", username);
    }

    public static String employeeOf(Unit unit, String username) {
        return aPersonIn(unit, "medarbeider", username);
    }

    /** A username nobody else in the shared test database has. */
    public static String aUsername(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8);
    }
}
