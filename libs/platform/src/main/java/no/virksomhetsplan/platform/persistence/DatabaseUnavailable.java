package no.virksomhetsplan.platform.persistence;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Set;

/**
 * Whether a failure means the database cannot be reached right now (down, restarting, the connection cut, no
 * connection free in time), as opposed to a defect or bad data. Such a failure is worth waiting for: a request
 * gets 503 with Retry-After, a consumed event is retried until the database is back instead of going to the dead
 * letters. Spring's exception types are matched by name, so this works in a service without spring-jdbc too.
 */
public final class DatabaseUnavailable {

    /** Spring's types for "no connection" and "the connection broke" (and their subclasses). */
    private static final Set<String> SPRING_TYPES = Set.of(
            "org.springframework.transaction.CannotCreateTransactionException",
            "org.springframework.dao.DataAccessResourceFailureException",
            "org.springframework.dao.TransientDataAccessResourceException",
            "org.springframework.dao.RecoverableDataAccessException");
    /**
     * SQLSTATE classes and codes of an unreachable server: 08 connection exception, 57P01-57P03 admin shutdown,
     * crash shutdown, cannot connect now (starting up), 53300 too many connections.
     */
    private static final List<String> SQL_STATES = List.of("08", "57P01", "57P02", "57P03", "53300");
    private static final String TRANSACTION_SYSTEM_EXCEPTION = "org.springframework.transaction.TransactionSystemException";

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (isSpringUnavailable(cause.getClass())
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && SQL_STATES.stream().anyMatch(sql.getSQLState()::startsWith)) {
                return true;
            }
            if (cause.getClass().getName().equals(TRANSACTION_SYSTEM_EXCEPTION) && failedTransaction(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A rollback or commit that fails because the connection is gone ("Connection is closed" from the pool, without
     * an SQLSTATE) hides the failure that led to it: look at both.
     */
    private static boolean failedTransaction(Throwable transactionSystemException) {
        if (transactionSystemException.getCause() instanceof SQLException sql && sql.getSQLState() == null) {
            return true;
        }
        try {
            Object original = transactionSystemException.getClass().getMethod("getApplicationException").invoke(transactionSystemException);
            return original instanceof Throwable application && application != transactionSystemException && causedBy(application);
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    private static boolean isSpringUnavailable(Class<?> type) {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            if (SPRING_TYPES.contains(current.getName())) {
                return true;
            }
        }
        return false;
    }
}
