package no.virksomhetsplan.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The template a new municipality's realm is made from, and what onboarding fills in. */
class MunicipalityRealmTest {

    private static final Path DEV = Path.of("..").toAbsolutePath().normalize();
    private static final Path TEMPLATE = DEV.getParent().resolve(MunicipalityRealm.TEMPLATE);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final MunicipalityRealm.Admin ADMIN = new MunicipalityRealm.Admin("kari.nordmann", "Kari", "Nordmann",
            "kari.nordmann@vestby.kommune.local", "10", "s3cret-Passw0rd", false);

    private static ObjectNode vestby(String topUnit) throws IOException {
        return MunicipalityRealm.fromTemplate(TEMPLATE, new MunicipalityRealm.Values("vestby", "Vestby \"kommune\"",
                "https://plan.example.no", "the-secret", topUnit), ADMIN);
    }

    private static JsonNode realmFile(String name) {
        return JSON.readTree(DEV.resolve("keycloak/" + name + "-realm.json").toFile());
    }

    @Test
    void everyPlaceholderIsFilledAndTheResultIsARealm() throws IOException {
        ObjectNode realm = vestby("10");
        String text = JSON.writeValueAsString(realm);

        assertThat(text).doesNotContain("{{").doesNotContain("fjordvik").doesNotContain("nordlia");
        assertThat(realm.path("realm").asString()).isEqualTo("vestby");
        assertThat(realm.path("displayName").asString()).isEqualTo("Vestby \"kommune\"");
        assertThat(realm.path("enabled").asBoolean()).isTrue();
        // Keycloak's own message keys in the user profile stay as they are.
        assertThat(text).contains("${username}", "${firstName}");
    }

    @Test
    void theRealmHasTheDemoRealmsRolesClientsMappersAndUserProfile() throws IOException {
        ObjectNode realm = vestby("10");
        JsonNode demo = realmFile("nordlia");

        assertThat(names(realm.path("roles").path("realm"), "name")).isEqualTo(names(demo.path("roles").path("realm"), "name"));
        assertThat(names(realm.path("clients"), "clientId")).containsExactlyInAnyOrder("virksomhetsplan-web", "virksomhetsplan-cli",
                "fagsystem-vestby");
        assertThat(userProfile(realm)).isEqualTo(userProfile(demo).replace("Organisasjonseining", "Organisasjonsenhet"));
        for (JsonNode client : realm.path("clients")) {
            JsonNode demoClient = clientOf(demo, client.path("clientId").asString().replace("vestby", "nordlia"));
            assertThat(mappers(client)).as(client.path("clientId").asString()).isEqualTo(mappers(demoClient));
            assertThat(client.path("publicClient")).isEqualTo(demoClient.path("publicClient"));
            assertThat(client.path("directAccessGrantsEnabled")).isEqualTo(demoClient.path("directAccessGrantsEnabled"));
            assertThat(client.path("serviceAccountsEnabled")).isEqualTo(demoClient.path("serviceAccountsEnabled"));
            for (JsonNode mapper : client.path("protocolMappers")) {
                switch (mapper.path("name").asString()) {
                    case "tenant" -> assertThat(mapper.path("config").path("claim.value").asString()).isEqualTo("vestby");
                    case "audience-virksomhetsplan-api" -> assertThat(mapper.path("config").path("included.custom.audience").asString())
                            .isEqualTo("virksomhetsplan-api");
                    case "org_unit" -> assertThat(mapper.path("config").path("user.attribute").asString()).isEqualTo("org_unit");
                    default -> throw new AssertionError("unexpected mapper " + mapper);
                }
            }
        }
        JsonNode web = clientOf(realm, "virksomhetsplan-web");
        assertThat(web.path("redirectUris").get(0).asString()).isEqualTo("https://plan.example.no/*");
        assertThat(web.path("attributes").path("pkce.code.challenge.method").asString()).isEqualTo("S256");
        assertThat(clientOf(realm, "fagsystem-vestby").path("secret").asString()).isEqualTo("the-secret");
    }

    @Test
    void theAdministratorAndTheFagsystemServiceAccountBelongToTheTopUnit() throws IOException {
        ObjectNode realm = vestby("10");

        JsonNode admin = user(realm, "kari.nordmann");
        assertThat(names(admin.path("realmRoles"), null)).containsExactlyInAnyOrder("default-roles-vestby", "admin");
        assertThat(admin.path("attributes").path("org_unit").get(0).asString()).isEqualTo("10");
        assertThat(admin.path("email").asString()).isEqualTo("kari.nordmann@vestby.kommune.local");
        assertThat(admin.path("firstName").asString()).isEqualTo("Kari");
        assertThat(admin.path("credentials").get(0).path("value").asString()).isEqualTo("s3cret-Passw0rd");
        assertThat(admin.path("credentials").get(0).path("temporary").asBoolean()).isFalse();

        JsonNode machine = user(realm, "service-account-fagsystem-vestby");
        assertThat(machine.path("serviceAccountClientId").asString()).isEqualTo("fagsystem-vestby");
        assertThat(names(machine.path("realmRoles"), null)).containsExactly("fagsystem");
        assertThat(machine.path("attributes").path("org_unit").get(0).asString()).isEqualTo("10");
    }

    @Test
    void withoutAnOrgTreeTheServiceAccountHasNoUnit() throws IOException {
        assertThat(user(vestby(null), "service-account-fagsystem-vestby").has("attributes")).isFalse();
    }

    @Test
    void anUnknownPlaceholderIsAnError() {
        assertThatThrownBy(() -> MunicipalityRealm.fromTemplate("{\"realm\":\"{{tenant}}\",\"x\":\"{{nope}}\"}",
                new MunicipalityRealm.Values("vestby", "Vestby", "http://x", "s", "1"), ADMIN))
                .hasMessageContaining("{{nope}}");
    }

    private static String userProfile(JsonNode realm) {
        return realm.path("components").path("org.keycloak.userprofile.UserProfileProvider").get(0).path("config")
                .path("kc.user.profile.config").get(0).asString();
    }

    private static JsonNode clientOf(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asString().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static JsonNode user(JsonNode realm, String username) {
        for (JsonNode user : realm.path("users")) {
            if (user.path("username").asString().equals(username)) {
                return user;
            }
        }
        throw new AssertionError("no user " + username);
    }

    private static Set<String> mappers(JsonNode client) {
        Set<String> mappers = new TreeSet<>();
        client.path("protocolMappers").forEach(m -> mappers.add(m.path("name").asString() + ":" + m.path("protocolMapper").asString()));
        return mappers;
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(field == null ? node.asString() : node.path(field).asString()));
        return names;
    }
}
