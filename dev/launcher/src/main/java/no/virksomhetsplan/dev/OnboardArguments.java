package no.virksomhetsplan.dev;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What {@code dev/onboard} was asked to do:
 * {@code dev/onboard <tenant> "<display name>" <admin-username> [org-tree.csv] [options]}.
 *
 * @param tenant        the realm's name and the tenant id: lower case, digits and inner hyphens (at most 63)
 * @param displayName   e.g. "Vestby kommune"
 * @param adminUsername the municipality's first administrator
 * @param orgTree       the org tree to import (plans-service's CSV format, # comments allowed), or null
 * @param adminOrgUnit  the administrator's org_unit; defaults to the tree's top unit
 * @param adminEmail    defaults to {@code <username>@<tenant>.kommune.local}
 * @param password      a fixed, permanent password (local demo and tests); null: a generated one that must be
 *                      changed at the first login
 * @param language      the municipality's language: nb, nn or en
 * @param validFrom     the org tree's first day; defaults to 1 January this year (as the demo data)
 * @param webUrl        where the web app runs (the web client's redirect URIs)
 * @param keycloakUrl   Keycloak, with the master realm's administrator
 * @param gatewayUrl    the API
 */
record OnboardArguments(String tenant, String displayName, String adminUsername, Path orgTree, String adminOrgUnit,
        String adminEmail, String adminFirstName, String adminLastName, String password, String language, LocalDate validFrom,
        String webUrl, String keycloakUrl, String gatewayUrl, String keycloakAdmin, String keycloakAdminPassword) {

    /** The same rule as the services' for realms they trust by name (TrustedIssuers.REALM_NAME). */
    static final Pattern TENANT = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,254}");
    private static final List<String> RESERVED = List.of("master", "fjordvik", "nordlia");

    static final String USAGE = """
            Usage: dev/onboard <tenant> "<display name>" <admin-username> [org-tree.csv] [options]

            Creates a municipality in the running system (dev/run): a Keycloak realm from
            dev/keycloak/template/municipality-realm.json (roles, clients virksomhetsplan-web, virksomhetsplan-cli and
            fagsystem-<tenant>, the tenant, org_unit and audience mappers, the user profile with org_unit), its first
            administrator, the default settings, and its org tree from the CSV file.

              <tenant>          realm name and tenant id: lower case letters, digits, inner hyphens (e.g. vestby)
              <display name>    e.g. "Vestby kommune"
              <admin-username>  the administrator's username in the realm (e.g. kari.nordmann)
              [org-tree.csv]    externalCode,name,levelName,parentExternalCode,leaderUsername (see dev/demo/)

            Options:
              --admin-org-unit <code>   the administrator's unit (default: the tree's top unit)
              --admin-email <email>     default <username>@<tenant>.kommune.local
              --admin-name "<first> <last>"  default from the username (kari.nordmann: Kari Nordmann)
              --password <password>     a permanent password (local demo and tests only); default: a generated
                                        password the administrator must change at the first login
              --language nb|nn|en       the municipality's language (default nb)
              --valid-from <yyyy-mm-dd> the org tree's first day (default 1 January this year)
              --web-url <url>           where the web app runs (default http://localhost:8080)

            Environment: KEYCLOAK_URL (default http://localhost:8180), GATEWAY_URL (default http://localhost:8080),
            KEYCLOAK_ADMIN and KEYCLOAK_ADMIN_PASSWORD (the master realm's administrator; local demo: admin/admin).
            """;

    static OnboardArguments parse(List<String> args, Map<String, String> env, LocalDate today) {
        List<String> positional = new ArrayList<>();
        String adminOrgUnit = null;
        String adminEmail = null;
        String adminName = null;
        String password = null;
        String language = "nb";
        LocalDate validFrom = today.withDayOfYear(1);
        String webUrl = "http://localhost:8080";
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(arg + " needs a value");
            }
            String value = args.get(++i);
            switch (arg) {
                case "--admin-org-unit" -> adminOrgUnit = value;
                case "--admin-email" -> adminEmail = value;
                case "--admin-name" -> adminName = value;
                case "--password" -> password = value;
                case "--language" -> language = value;
                case "--valid-from" -> validFrom = LocalDate.parse(value);
                case "--web-url" -> webUrl = stripSlash(value);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (positional.size() < 3 || positional.size() > 4) {
            throw new IllegalArgumentException("expected <tenant> \"<display name>\" <admin-username> [org-tree.csv]");
        }
        String tenant = positional.get(0);
        if (!TENANT.matcher(tenant).matches()) {
            throw new IllegalArgumentException("the tenant '" + tenant
                    + "' must be lower-case letters, digits and inner hyphens, at most 63 characters");
        }
        if (RESERVED.contains(tenant)) {
            throw new IllegalArgumentException("'" + tenant + "' is taken (Keycloak's own realm or a demo municipality)");
        }
        String displayName = positional.get(1).strip();
        if (displayName.isEmpty() || displayName.length() > 100) {
            throw new IllegalArgumentException("the display name must have 1 to 100 characters");
        }
        String adminUsername = positional.get(2).toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(adminUsername).matches()) {
            throw new IllegalArgumentException("the admin username '" + positional.get(2)
                    + "' may hold letters, digits and . _ @ - (at least 2 characters)");
        }
        if (!List.of("nb", "nn", "en").contains(language)) {
            throw new IllegalArgumentException("--language must be nb, nn or en");
        }
        if (password != null && password.length() < 8) {
            throw new IllegalArgumentException("--password needs at least 8 characters");
        }
        String[] name = adminName != null ? splitName(adminName) : nameFromUsername(adminUsername);
        Path callerDir = Path.of(env.getOrDefault("VP_CALLER_DIR", ""));
        Path orgTree = positional.size() == 4 ? callerDir.resolve(positional.get(3)).toAbsolutePath().normalize() : null;
        return new OnboardArguments(tenant, displayName, adminUsername, orgTree,
                adminOrgUnit, adminEmail != null ? adminEmail : adminUsername.replaceAll("@.*", "") + "@" + tenant + ".kommune.local",
                name[0], name[1], password, language, validFrom, webUrl,
                stripSlash(env.getOrDefault("KEYCLOAK_URL", KeycloakServer.URL)),
                stripSlash(env.getOrDefault("GATEWAY_URL", LauncherConfig.GATEWAY_URL)),
                env.getOrDefault("KEYCLOAK_ADMIN", "admin"), env.getOrDefault("KEYCLOAK_ADMIN_PASSWORD", "admin"));
    }

    /** kari.nordmann → Kari Nordmann; a username without a dot keeps "Administrator" as the first name. */
    static String[] nameFromUsername(String username) {
        String local = username.replaceAll("@.*", "");
        String[] parts = local.split("[._-]+");
        if (parts.length < 2) {
            return new String[] {"Administrator", capitalize(local)};
        }
        return new String[] {capitalize(parts[0]), capitalize(parts[parts.length - 1])};
    }

    private static String[] splitName(String name) {
        String trimmed = name.strip();
        int space = trimmed.lastIndexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException("--admin-name needs a first and a last name");
        }
        return new String[] {trimmed.substring(0, space).strip(), trimmed.substring(space + 1)};
    }

    private static String capitalize(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    String issuer() {
        return keycloakUrl + "/realms/" + tenant;
    }

    String fagsystemClientId() {
        return "fagsystem-" + tenant;
    }
}
