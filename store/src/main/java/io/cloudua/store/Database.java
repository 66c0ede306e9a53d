package io.cloudua.store;

import com.zaxxer.hikari.HikariDataSource;
import io.cloudua.store.internal.ReachabilityProbe;
import io.cloudua.store.internal.StorePool;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provisioning database: a HikariCP pool named {@code cloudua-store} plus the Flyway
 * migrations of {@code classpath:db/migration}. With no JDBC URL it is an embedded H2 file
 * database under the data directory, so a single node needs nothing else; with a URL (usually
 * PostgreSQL) several nodes share one store. The same migrations run on both, unchanged.
 *
 * <p>Opening migrates, so a {@code Database} is always at the schema this code expects.
 * Logs and errors name the database by its URL without parameters, never with credentials.
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final int VALID_TIMEOUT_SECONDS = 1;
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final HikariDataSource ds;
    private final String where;
    private final String vendor;
    private final ReachabilityProbe probe;

    private Database(HikariDataSource ds, String where) {
        this.ds = ds;
        this.where = where;
        this.vendor = StorePool.vendorOf(ds, where);
        this.probe = new ReachabilityProbe(this::checkValid, PROBE_TIMEOUT, "cloudua-store-probe");
    }

    /**
     * Opens the pool and runs the migrations.
     *
     * @param jdbcUrl the database, or null for the H2 file database {@code dataDir/cloudua}
     * @param dataDir where the H2 database lives; only used when {@code jdbcUrl} is null
     * @param user the database user, or null
     * @param password the password, or null; never logged
     * @throws StoreException if the database cannot be reached or migrated
     */
    public static Database open(String jdbcUrl, Path dataDir, String user, String password) {
        String url = jdbcUrl != null ? jdbcUrl : StorePool.h2FileUrl(dataDir);
        String where = StorePool.redact(url);
        HikariDataSource ds = StorePool.open(url, user, password);
        try {
            Database db = new Database(ds, where);
            db.migrate();
            return db;
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    /** Applies pending migrations; does nothing when the schema is current. */
    public void migrate() {
        try {
            MigrateResult result = Flyway.configure(Database.class.getClassLoader())
                    .dataSource(ds)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            log.info("store {} at {}: schema version {}, {} migration(s) applied", vendor, where,
                    result.targetSchemaVersion != null ? result.targetSchemaVersion
                            : result.initialSchemaVersion,
                    result.migrationsExecuted);
        } catch (FlywayException e) {
            throw new StoreException("migrate", "schema of database " + where, e);
        }
    }

    /** Whether a pooled connection is valid, answered within about two seconds. */
    public boolean isReachable() {
        return !ds.isClosed() && probe.probe();
    }

    public DataSource dataSource() {
        return ds;
    }

    /** {@code "h2"} or {@code "postgresql"}. */
    public String vendor() {
        return vendor;
    }

    @Override
    public void close() {
        probe.close();
        ds.close();
    }

    private boolean checkValid() {
        try (Connection c = ds.getConnection()) {
            return c.isValid(VALID_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            log.debug("store {} at {} not reachable: SQLState {}", vendor, where, e.getSQLState());
            return false;
        }
    }
}
