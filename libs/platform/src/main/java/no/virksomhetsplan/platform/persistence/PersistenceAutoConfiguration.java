package no.virksomhetsplan.platform.persistence;

import java.time.Clock;
import javax.sql.DataSource;
import no.virksomhetsplan.platform.audit.AuditLog;
import no.virksomhetsplan.platform.messaging.Inbox;
import no.virksomhetsplan.platform.orgtree.OrgTreeReplica;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The platform's tables and the components that use them (inbox, audit log, org-tree replica), in services that have a database. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"})
@ConditionalOnClass({JdbcClient.class, Flyway.class, FlywayMigrationInitializer.class})
@ConditionalOnBean(DataSource.class)
public class PersistenceAutoConfiguration {

    /** Marks that the platform's tables exist; whatever uses them depends on this bean. */
    public record PlatformTables() {
    }

    /** Runs after the service's own migrations, so the service's Flyway always sees its schema as it left it. */
    @Bean
    PlatformTables platformTables(DataSource dataSource, ObjectProvider<FlywayMigrationInitializer> serviceMigrations) {
        serviceMigrations.ifAvailable(initializer -> { });
        PlatformSchema.migrate(dataSource);
        return new PlatformTables();
    }

    @Bean
    Inbox inbox(JdbcClient jdbc, PlatformTables tables) {
        return new Inbox(jdbc);
    }

    @Bean
    AuditLog auditLog(JdbcClient jdbc, ObjectProvider<JsonMapper> json, PlatformTables tables) {
        return new AuditLog(jdbc, json.getIfAvailable(() -> JsonMapper.builder().build()), Clock.systemUTC());
    }

    @Bean
    OrgTreeReplica orgTreeReplica(JdbcClient jdbc, PlatformTables tables) {
        return new OrgTreeReplica(jdbc);
    }
}
