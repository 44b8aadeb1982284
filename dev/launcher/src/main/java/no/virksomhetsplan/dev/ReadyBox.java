package no.virksomhetsplan.dev;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The lines of the box printed when everything is ready: where to go and how to log in. */
final class ReadyBox {

    private ReadyBox() {
    }

    static List<String> system(LauncherConfig config, List<RealmFile> realms, long elapsedNanos) {
        List<String> lines = new ArrayList<>();
        lines.add("Virksomhetsplan is running (started in " + Console.seconds(elapsedNanos) + ")");
        lines.add("");
        lines.add("  Web app    " + LauncherConfig.GATEWAY_URL);
        lines.add("  API        " + LauncherConfig.GATEWAY_URL + "/api");
        lines.add("  Keycloak   " + KeycloakServer.URL + "   (admin console: admin / admin)");
        lines.add("");
        lines.addAll(logins(realms, realm -> unitNames(config.home().resolve("dev/demo/" + realm + "-org-units.csv"))));
        lines.add("");
        lines.addAll(folders(config));
        lines.add("");
        lines.add("Ctrl-C stops everything.");
        return lines;
    }

    static List<String> infrastructure(LauncherConfig config, long elapsedNanos) {
        List<String> lines = new ArrayList<>();
        lines.add("Infrastructure is running (VP_ONLY_INFRA; started in " + Console.seconds(elapsedNanos) + ")");
        lines.add("");
        lines.add("  PostgreSQL jdbc:postgresql://localhost:" + PostgresServer.PORT + "/<db>  (postgres / postgres)");
        lines.add("             databases: " + String.join(", ", PostgresServer.DATABASES));
        lines.add("  Kafka      " + KafkaBroker.BOOTSTRAP);
        lines.add("  Keycloak   " + KeycloakServer.URL + "   (admin console: admin / admin)");
        lines.add("");
        lines.addAll(folders(config));
        lines.add("");
        lines.add("Services and gateway are not started. Ctrl-C stops everything.");
        return lines;
    }

    private static List<String> folders(LauncherConfig config) {
        return List.of("  Data       " + config.dataDir(), "  Logs       " + config.logDir());
    }

    /**
     * One table of demo logins per municipality: username, roles, unit (code and name), and the
     * password, which is said once in the heading when every user has the same.
     */
    static List<String> logins(List<RealmFile> realms, Function<String, Map<String, String>> unitNames) {
        List<RealmFile.DemoUser> everyone = realms.stream().flatMap(realm -> realm.users().stream()).toList();
        List<String> passwords = everyone.stream().map(RealmFile.DemoUser::password).distinct().toList();
        boolean onePassword = passwords.size() == 1;
        int nameWidth = everyone.stream().mapToInt(user -> user.username().length()).max().orElse(1);
        int roleWidth = everyone.stream().mapToInt(user -> String.join(", ", user.roles()).length()).max().orElse(1);

        List<String> lines = new ArrayList<>();
        lines.add("Demo logins" + (onePassword ? " (password for all: " + passwords.get(0) + ")" : ""));
        for (RealmFile realm : realms) {
            Map<String, String> names = unitNames.apply(realm.realm());
            lines.add("  " + realm.displayName() + " (realm " + realm.realm() + ")");
            for (RealmFile.DemoUser user : realm.users()) {
                String unit = (user.orgUnit() + " " + names.getOrDefault(user.orgUnit(), "")).strip();
                String line = String.format("    %-" + nameWidth + "s  %-" + roleWidth + "s  %s", user.username(),
                        String.join(", ", user.roles()), unit);
                lines.add(onePassword ? line : line + "  " + user.password());
            }
        }
        return lines;
    }

    /** externalCode → name from a demo org tree; empty when there is none (the table shows codes only). */
    private static Map<String, String> unitNames(Path csv) {
        try {
            return OrgUnitCsv.read(csv).stream()
                    .collect(Collectors.toMap(OrgUnitCsv.OrgUnit::externalCode, OrgUnitCsv.OrgUnit::name));
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }
}
