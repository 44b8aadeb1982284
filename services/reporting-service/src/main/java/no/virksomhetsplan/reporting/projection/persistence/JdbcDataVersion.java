package no.virksomhetsplan.reporting.projection.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The municipality's data version (table {@code data_version}): raised once by every transaction that changes a read
 * model or a report (database triggers, and {@link #bump} for the platform's org-tree replica), so an answer built at
 * one version is still true while the version is unchanged, whichever replica of the service wrote.
 */
@Repository
public class JdbcDataVersion {

    private final JdbcClient jdbc;

    JdbcDataVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current version, 0 before the municipality's first change: one read of a primary key. */
    public long current(String tenant) {
        return jdbc.sql("select version from data_version where tenant_id = :tenant").param("tenant", tenant)
                .query(Long.class).optional().orElse(0L);
    }

    /** Raises the version in the caller's transaction (once per transaction, whatever else raises it). */
    public void bump(String tenant) {
        jdbc.sql("select bump_data_version_of(:tenant)").param("tenant", tenant).query((rs, n) -> 0).single();
    }
}
