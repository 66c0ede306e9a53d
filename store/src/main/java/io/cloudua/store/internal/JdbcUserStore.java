package io.cloudua.store.internal;

import static io.cloudua.store.internal.Sql.quoted;

import io.cloudua.store.UserRecord;
import io.cloudua.store.UserStore;
import io.cloudua.store.WriteResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Digest users over JDBC. The per-domain limit (200 in the PSIP API) is enforced inside the
 * create transaction while holding the domain row lock: counting without the lock would let
 * concurrent creates, on this node or another, each see room for one more and overshoot.
 */
public final class JdbcUserStore implements UserStore {
    private static final String SELECT =
            "SELECT domain, user_key, ha1_md5, ha1_sha256 FROM domain_users";
    private static final String INSERT = "INSERT INTO domain_users (domain, user_key, ha1_md5,"
            + " ha1_sha256, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE domain_users SET ha1_md5 = ?, ha1_sha256 = ?,"
            + " updated_at = ? WHERE domain = ? AND user_key = ?";

    private final Transactions tx;
    private final Clock clock;

    public JdbcUserStore(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public WriteResult create(UserRecord u, int maxPerDomain) {
        return tx.inTransaction("create", entity(u.domain(), u.key()), WriteResult.DUPLICATE, c -> {
            if (!Sql.lockDomain(c, u.domain())) {
                return WriteResult.NOT_FOUND;
            }
            if (Sql.exists(c, SELECT + " WHERE domain = ? AND user_key = ?", u.domain(), u.key())) {
                return WriteResult.DUPLICATE;
            }
            long count = Sql.count(c, "SELECT COUNT(*) FROM domain_users WHERE domain = ?",
                    u.domain());
            if (count >= maxPerDomain) {
                return WriteResult.LIMIT_REACHED;
            }
            OffsetDateTime now = Sql.now(clock);
            Sql.update(c, INSERT, u.domain(), u.key(), u.ha1Md5(), u.ha1Sha256(), now, now);
            return WriteResult.CREATED;
        });
    }

    @Override
    public Optional<UserRecord> find(String domain, String key) {
        return tx.run("find", entity(domain, key), c -> query(c,
                SELECT + " WHERE domain = ? AND user_key = ?", domain, key).stream().findFirst());
    }

    @Override
    public List<UserRecord> list(String domain) {
        List<UserRecord> users = tx.run("list", "users in domain " + quoted(domain),
                c -> query(c, SELECT + " WHERE domain = ? ORDER BY user_key", domain));
        // Re-sort: the database's collation order differs between vendors and locales.
        users.sort(Comparator.comparing(UserRecord::key));
        return List.copyOf(users);
    }

    @Override
    public WriteResult update(UserRecord u) {
        return tx.run("update", entity(u.domain(), u.key()), c -> {
            int rows = Sql.update(c, UPDATE, u.ha1Md5(), u.ha1Sha256(), Sql.now(clock),
                    u.domain(), u.key());
            return rows == 0 ? WriteResult.NOT_FOUND : WriteResult.UPDATED;
        });
    }

    @Override
    public WriteResult delete(String domain, String key) {
        return tx.run("delete", entity(domain, key), c -> {
            int rows = Sql.update(c, "DELETE FROM domain_users WHERE domain = ? AND user_key = ?",
                    domain, key);
            return rows == 0 ? WriteResult.NOT_FOUND : WriteResult.DELETED;
        });
    }

    private static List<UserRecord> query(Connection c, String sql, Object... params)
            throws SQLException {
        List<UserRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new UserRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4)));
                }
            }
        }
        return out;
    }

    private static String entity(String domain, String key) {
        return "user " + quoted(key) + " in domain " + quoted(domain);
    }
}
