package io.cloudua.store.internal;

import io.cloudua.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs JDBC work on a borrowed connection and turns failures into {@link StoreException}s
 * that name the operation and entity.
 *
 * <p>Why one place: every write that spans several statements must commit or roll back as a
 * whole, and PostgreSQL refuses further statements in a transaction after an error, so the
 * rollback must happen before anything else. Duplicate keys are recognised by SQLState 23505
 * (unique violation on H2 and PostgreSQL alike) and become a result value, because a
 * concurrent insert can always win the race past any "does it exist" pre-check.
 *
 * <p>Auto-commit is switched off for a transaction and not restored: the connection is closed
 * right away and the pool (HikariCP) resets it.
 */
public final class Transactions {
    /** JDBC work that may throw {@link SQLException}. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection c) throws SQLException;
    }

    static final String UNIQUE_VIOLATION = "23505";

    private final DataSource ds;

    public Transactions(DataSource ds) {
        this.ds = ds;
    }

    /** A read or a single statement, in auto-commit mode. */
    public <T> T run(String operation, String entity, Work<T> work) {
        try (Connection c = ds.getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw new StoreException(operation, entity, e);
        }
    }

    /**
     * Several statements as one transaction.
     *
     * @param onDuplicate returned instead of throwing when a unique constraint is violated;
     *     null to throw
     */
    public <T> T inTransaction(String operation, String entity, T onDuplicate, Work<T> work) {
        try (Connection c = ds.getConnection()) {
            return commitOrRollback(c, work);
        } catch (SQLException e) {
            if (onDuplicate != null && isUniqueViolation(e)) {
                return onDuplicate;
            }
            throw new StoreException(operation, entity, e);
        }
    }

    private static <T> T commitOrRollback(Connection c, Work<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.apply(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        }
    }

    /** True when {@code e}, a chained exception or a cause is a unique-key violation. */
    static boolean isUniqueViolation(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (SQLException s = t instanceof SQLException sql ? sql : null; s != null;
                    s = s.getNextException()) {
                if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }
}
