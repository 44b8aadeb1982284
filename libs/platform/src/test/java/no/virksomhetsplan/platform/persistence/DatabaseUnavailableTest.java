package no.virksomhetsplan.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseUnavailableTest {

    @Test
    void noConnectionOrABrokenOneMeansUnavailable() {
        // What Hikari and Spring throw while PostgreSQL is down, and when it shuts down under a running session.
        assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("Could not open JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new CannotGetJdbcConnectionException("no connection"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new TransactionSystemException("commit failed",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        // Seen in the fault test: PostgreSQL stopped mid-transaction, then the rollback fails on the closed connection.
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        assertThat(DatabaseUnavailable.causedBy(rollbackFailed)).isTrue();
        TransactionSystemException commitFailed = new TransactionSystemException("commit failed", new SQLException("x", "40001"));
        commitFailed.initApplicationException(new CannotGetJdbcConnectionException("no connection"));
        assertThat(DatabaseUnavailable.causedBy(commitFailed)).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException("wrapped",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
    }

    @Test
    void badDataAndDefectsAreNot() {
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("invalid byte sequence", "22021"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("a defect"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new TransactionSystemException("commit failed",
                new SQLException("could not serialize access", "40001")))).isFalse();
    }
}
