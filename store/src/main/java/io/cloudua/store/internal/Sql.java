package io.cloudua.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Small prepared-statement helpers shared by the JDBC stores, so each store reads as its SQL.
 * Values are always bound, never concatenated. A null is bound as VARCHAR: the only nullable
 * columns of the schema are VARCHAR, and PostgreSQL needs a type for a null parameter.
 */
final class Sql {
    private Sql() {
    }

    /** Executes an INSERT, UPDATE or DELETE and returns the number of rows it touched. */
    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    /** True when the query returns at least one row. */
    static boolean exists(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Runs a query whose single row holds a single integer, such as {@code COUNT(*)}. */
    static long count(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            if (params[i] == null) {
                ps.setNull(i + 1, Types.VARCHAR);
            } else {
                ps.setObject(i + 1, params[i]);
            }
        }
    }

    /** The current time as a TIMESTAMP WITH TIME ZONE value, in UTC. */
    static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /**
     * Locks the domain row until the transaction ends and tells whether it exists. Every write
     * that depends on a domain (adding users or endpoints, deleting the domain) takes this lock
     * first: it serialises user creation per domain, so counting against the user limit is
     * race-free on every vendor, and it always locks in the same order, so no deadlock.
     */
    static boolean lockDomain(Connection c, String domain) throws SQLException {
        return exists(c, "SELECT name FROM domains WHERE name = ? FOR UPDATE", domain);
    }

    /** Quotes a name for an error message; names are identifiers, never secrets. */
    static String quoted(String name) {
        return "'" + name + "'";
    }
}
