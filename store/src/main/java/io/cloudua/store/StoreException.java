package io.cloudua.store;

import java.sql.SQLException;

/**
 * The one error of the store: a database operation could not be carried out (the database is
 * down, the pool is closed, a constraint the caller did not anticipate was violated).
 *
 * <p>Expected outcomes such as "already exists" or "not found" are never thrown; they are
 * {@link WriteResult} values. This exception is for operators: its message names the
 * operation, the entity and the SQLState, so a log line says what failed without a stack
 * dive. The message never carries driver text, because some drivers echo the offending
 * value (an HA1 hash, a password in a URL) into their messages; the cause keeps the full
 * detail for debugging.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String operation;
    private final String entity;
    private final String sqlState;

    /**
     * @param operation what the store was doing, e.g. {@code "create"}
     * @param entity what it was doing it to, e.g. {@code "user 'user-1' in domain 'mydomain'"}
     * @param cause the underlying failure, usually a {@link SQLException}
     */
    public StoreException(String operation, String entity, Throwable cause) {
        super(message(operation, entity, cause), cause);
        this.operation = operation;
        this.entity = entity;
        this.sqlState = cause instanceof SQLException sql ? sql.getSQLState() : null;
    }

    /** The operation that failed, e.g. {@code "create"}, {@code "migrate"}. */
    public String operation() {
        return operation;
    }

    /** The entity the operation was about, never a secret. */
    public String entity() {
        return entity;
    }

    /** The SQLState of the cause when it was a {@link SQLException}, else null. */
    public String sqlState() {
        return sqlState;
    }

    private static String message(String operation, String entity, Throwable cause) {
        StringBuilder m = new StringBuilder("store: ").append(operation).append(' ').append(entity)
                .append(" failed");
        if (cause instanceof SQLException sql) {
            m.append(" (SQLState ").append(sql.getSQLState())
                    .append(", vendor code ").append(sql.getErrorCode()).append(')');
        } else if (cause != null) {
            m.append(" (").append(cause.getClass().getSimpleName()).append(')');
        }
        return m.toString();
    }
}
