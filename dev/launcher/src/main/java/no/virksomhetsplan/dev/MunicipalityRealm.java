package no.virksomhetsplan.dev;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A new municipality's Keycloak realm, from dev/keycloak/template/municipality-realm.json: the demo realms' roles,
 * clients, mappers and user profile, with {@code {{tenant}}}, {@code {{displayName}}}, {@code {{webUrl}}},
 * {@code {{fagsystemSecret}}} and {@code {{topUnit}}} filled in, and its first administrator added. (Keycloak's own
 * {@code ${...}} message keys in the user profile are left alone.)
 */
final class MunicipalityRealm {

    static final String TEMPLATE = "dev/keycloak/template/municipality-realm.json";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}");

    /**
     * @param topUnit the org_unit of the fagsystem client's service account; null leaves it without one
     */
    record Values(String tenant, String displayName, String webUrl, String fagsystemSecret, String topUnit) {
    }

    /**
     * @param password  its password
     * @param temporary whether it must be changed at the first login
     */
    record Admin(String username, String firstName, String lastName, String email, String orgUnit, String password,
            boolean temporary) {
    }

    private MunicipalityRealm() {
    }

    static ObjectNode fromTemplate(Path template, Values values, Admin admin) throws IOException {
        return fromTemplate(Files.readString(template, StandardCharsets.UTF_8), values, admin);
    }

    static ObjectNode fromTemplate(String template, Values values, Admin admin) {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, String> byName = new LinkedHashMap<>();
        byName.put("tenant", values.tenant());
        byName.put("displayName", values.displayName());
        byName.put("webUrl", values.webUrl());
        byName.put("fagsystemSecret", values.fagsystemSecret());
        byName.put("topUnit", values.topUnit() == null ? "" : values.topUnit());
        Matcher placeholders = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (placeholders.find()) {
            String value = byName.get(placeholders.group(1));
            if (value == null) {
                throw new IllegalArgumentException("unknown placeholder " + placeholders.group() + " in the realm template");
            }
            // Placeholders stand inside JSON strings: the value is written as JSON string content.
            String quoted = json.writeValueAsString(value);
            placeholders.appendReplacement(filled, Matcher.quoteReplacement(quoted.substring(1, quoted.length() - 1)));
        }
        placeholders.appendTail(filled);

        ObjectNode realm = (ObjectNode) json.readTree(filled.toString());
        ArrayNode users = realm.withArray("users");
        if (values.topUnit() == null) {
            for (JsonNode user : users) {
                if (user.has("serviceAccountClientId")) {
                    ((ObjectNode) user).remove("attributes");
                }
            }
        }
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", admin.username());
        user.put("enabled", true);
        user.put("emailVerified", true);
        user.put("firstName", admin.firstName());
        user.put("lastName", admin.lastName());
        user.put("email", admin.email());
        if (admin.orgUnit() != null) {
            user.put("attributes", Map.of("org_unit", List.of(admin.orgUnit())));
        }
        user.put("credentials", List.of(Map.of("type", "password", "value", admin.password(), "temporary", admin.temporary())));
        user.put("realmRoles", List.of("default-roles-" + values.tenant(), "admin"));
        user.put("requiredActions", List.of());
        users.add(json.valueToTree(user));
        return realm;
    }
}
