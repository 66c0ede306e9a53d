package io.cloudua.store.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.cloudua.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;

/**
 * Builds the connection pool. Its settings are fixed here, once: provisioning traffic is
 * light, so a small pool (HikariCP's own advice: a few connections per core) is enough and
 * leaves PostgreSQL's connection slots to other nodes. Waiting for a connection is bounded so
 * a dead database shows up as a {@link StoreException} in seconds rather than a hung request.
 */
public final class StorePool {
    public static final String POOL_NAME = "cloudua-store";
    static final int MAX_POOL_SIZE = 10;
    static final int MIN_IDLE = 2;
    static final long CONNECTION_TIMEOUT_MS = 5_000;
    static final long VALIDATION_TIMEOUT_MS = 1_000;
    /** H2 waits this long for a row lock; its own default (1 s) is short for bursts. */
    static final int H2_LOCK_TIMEOUT_MS = 10_000;

    private StorePool() {
    }

    /** The embedded default: an H2 file database {@code cloudua} under {@code dataDir}. */
    public static String h2FileUrl(Path dataDir) {
        Objects.requireNonNull(dataDir, "dataDir is required when no JDBC URL is given");
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("create", "data directory " + dir, e);
        }
        // WRITE_DELAY=0: each commit is written to the file before it returns. H2's default (500 ms) keeps
        // acknowledged commits in memory, and kill -9 lost them (CrashDurabilityIT).
        return "jdbc:h2:file:" + dir.resolve("cloudua") + ";DB_CLOSE_ON_EXIT=FALSE"
                + ";LOCK_TIMEOUT=" + H2_LOCK_TIMEOUT_MS + ";WRITE_DELAY=0";
    }

    /** Opens the pool; fails at once (with a {@link StoreException}) if no connection can be made. */
    public static HikariDataSource open(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(POOL_NAME);
        config.setJdbcUrl(jdbcUrl);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(MAX_POOL_SIZE);
        config.setMinimumIdle(MIN_IDLE);
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        config.setValidationTimeout(VALIDATION_TIMEOUT_MS);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("open", "database " + redact(jdbcUrl), e);
        }
    }

    /** {@code "h2"}, {@code "postgresql"}, or the lower-cased product name of another vendor. */
    public static String vendorOf(HikariDataSource ds, String where) {
        try (Connection c = ds.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.startsWith("h2") ? "h2" : product;
        } catch (SQLException e) {
            throw new StoreException("inspect", "database " + where, e);
        }
    }

    /**
     * The URL without parameters or user info, for messages and logs: parameters may hold a
     * password ({@code ?password=...}, {@code ;PASSWORD=...}).
     */
    public static String redact(String jdbcUrl) {
        if (jdbcUrl == null) {
            return "(no URL)";
        }
        String url = jdbcUrl;
        int cut = indexOfAny(url, "?;");
        if (cut >= 0) {
            url = url.substring(0, cut);
        }
        int scheme = url.indexOf("//");
        int at = url.indexOf('@');
        if (scheme >= 0 && at > scheme) {
            url = url.substring(0, scheme + 2) + url.substring(at + 1);
        }
        return url;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
