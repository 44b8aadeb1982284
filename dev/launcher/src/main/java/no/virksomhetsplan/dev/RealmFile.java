package no.virksomhetsplan.dev;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the launcher needs from a Keycloak realm file in dev/keycloak: the realm's name, its demo users (for the
 * login table and for the admin that loads the demo data) and its fagsystem client (for the demo's values).
 */
record RealmFile(String realm, String displayName, List<RealmFile.DemoUser> users, Optional<RealmFile.MachineClient> fagsystemClient) {

    /** Roles every Keycloak user has; not worth showing. */
    private static final List<String> BUILT_IN_ROLES = List.of("offline_access", "uma_authorization");

    record DemoUser(String username, String firstName, String lastName, List<String> roles, String orgUnit,
                    String password) {
    }

    RealmFile(String realm, String displayName, List<DemoUser> users) {
        this(realm, displayName, users, Optional.empty());
    }

    /** A confidential client with the client-credentials grant (local-demo secret), e.g. a fagsystem's. */
    record MachineClient(String clientId, String secret) {
    }

    static RealmFile read(Path file) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(file.toFile());
        } catch (JacksonException e) {
            throw new StartupException("cannot read the realm file " + file + ": " + e.getOriginalMessage(), e);
        }
        List<DemoUser> users = new ArrayList<>();
        for (JsonNode user : root.path("users")) {
            if (user.has("serviceAccountClientId")) {
                continue; // a machine client, not a login
            }
            List<String> roles = new ArrayList<>();
            for (JsonNode role : user.path("realmRoles")) {
                String name = role.asString();
                if (!name.startsWith("default-roles-") && !BUILT_IN_ROLES.contains(name)) {
                    roles.add(name);
                }
            }
            String password = "";
            for (JsonNode credential : user.path("credentials")) {
                if ("password".equals(credential.path("type").asString())) {
                    password = credential.path("value").asString();
                }
            }
            users.add(new DemoUser(user.path("username").asString(), user.path("firstName").asString(),
                    user.path("lastName").asString(), List.copyOf(roles),
                    user.path("attributes").path("org_unit").path(0).asString(), password));
        }
        Optional<MachineClient> fagsystem = Optional.empty();
        for (JsonNode client : root.path("clients")) {
            if (client.path("clientId").asString().startsWith("fagsystem-") && client.path("serviceAccountsEnabled").asBoolean()) {
                fagsystem = Optional.of(new MachineClient(client.path("clientId").asString(), client.path("secret").asString()));
            }
        }
        return new RealmFile(root.path("realm").asString(), root.path("displayName").asString(), List.copyOf(users), fagsystem);
    }

    Optional<DemoUser> firstUserWithRole(String role) {
        return users.stream().filter(user -> user.roles().contains(role)).findFirst();
    }
}
