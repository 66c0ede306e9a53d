package io.cloudua.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh schema {@code cloudua_test_<random>} in the local PostgreSQL for each test, selected
 * through {@code currentSchema} in the URL and dropped afterwards, so concurrent runs (two
 * developers, two CI jobs on one server) never collide.
 *
 * <p>The server defaults to {@code jdbc:postgresql://127.0.0.1:5432/test}, user
 * {@code postgres}; override with {@code CLOUDUA_TEST_PG_URL}, {@code CLOUDUA_TEST_PG_USER}
 * and {@code CLOUDUA_TEST_PG_PASSWORD}. When the environment variable {@code CI} is set, an
 * unreachable server fails the build: the PostgreSQL tests must run there. Elsewhere they
 * are skipped with a message.
 */
final class PostgresFixture implements StoreFixture {
    static final String URL = env("CLOUDUA_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = env("CLOUDUA_TEST_PG_USER", "postgres");
    static final String PASSWORD = System.getenv("CLOUDUA_TEST_PG_PASSWORD");

    private final String schema = "cloudua_test_" + UUID.randomUUID().toString().replace("-", "");

    PostgresFixture() {
        requireReachable();
        execute("CREATE SCHEMA " + schema);
    }

    /**
     * Fails (CI) or skips (elsewhere) the current test unless PostgreSQL answers. Checked per
     * test, not per class, so a skip shows in the report as skipped tests with this message.
     */
    static void requireReachable() {
        String problem = Reachability.PROBLEM;
        if (problem == null) {
            return;
        }
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank()) {
            fail(problem + "; CI is set, so the PostgreSQL store tests must run");
        }
        Assumptions.abort(problem + "; skipping the PostgreSQL store tests because CI is unset");
    }

    /** Whether the server answers, asked once per test JVM. */
    private static final class Reachability {
        static final String PROBLEM = check();

        private static String check() {
            try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
                return c.isValid(2) ? null : "PostgreSQL at " + URL + " did not validate";
            } catch (SQLException e) {
                return "PostgreSQL not reachable at " + URL + " as " + USER + " (SQLState "
                        + e.getSQLState() + ": " + e.getMessage() + ")";
            }
        }
    }

    @Override
    public Database open() {
        String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return Database.open(url, null, USER, PASSWORD);
    }

    @Override
    public String vendor() {
        return "postgresql";
    }

    @Override
    public void close() {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private static void execute(String ddl) {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute(ddl);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test setup failed: " + ddl, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
