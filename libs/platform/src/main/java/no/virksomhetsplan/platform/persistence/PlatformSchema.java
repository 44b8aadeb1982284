package no.virksomhetsplan.platform.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Creates the platform's own tables (outbox, inbox, org-tree replica) in every service's database, with its own
 * Flyway history table so the platform's migrations never interleave with the service's numbering.
 */
public final class PlatformSchema {

    public static final String HISTORY_TABLE = "platform_schema_history";

    private PlatformSchema() {
    }

    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/platform")
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
