package io.cloudua.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Opens a fresh database before each contract test and removes it after. Each vendor's test
 * class extends the contracts and names its fixture, so H2 and PostgreSQL are held to the
 * very same expectations.
 */
abstract class StoreContractBase {
    static final String MD5 = "0123456789abcdef0123456789abcdef";
    static final String SHA256 = MD5 + MD5;

    protected StoreFixture fixture;
    protected Database db;
    protected JdbcStores stores;

    protected abstract StoreFixture newFixture();

    @BeforeEach
    void openStore() {
        fixture = newFixture();
        db = fixture.open();
        stores = new JdbcStores(db.dataSource());
    }

    @AfterEach
    void closeStore() {
        try {
            if (db != null) {
                db.close();
            }
        } finally {
            if (fixture != null) {
                fixture.close();
            }
        }
    }

    static DomainRecord domain(String name, String... acl) {
        return new DomainRecord(name, "c49f3586-9b3b-458b-89fc-3c8beb58865c", "optional", true,
                "always", List.of(acl), "app", "https://example.com/hooks", List.of());
    }

    static UserRecord user(String domain, String key) {
        return new UserRecord(domain, key, MD5, SHA256);
    }

    static EndpointRecord endpoint(String domain, String id, int priority) {
        return new EndpointRecord(domain, id, priority, "sip:" + id + "@example.com:5060");
    }

    /** A single number straight from SQL, to check rows the stores do not expose. */
    long count(String sql) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
