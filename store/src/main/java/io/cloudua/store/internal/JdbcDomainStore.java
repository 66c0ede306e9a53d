package io.cloudua.store.internal;

import static io.cloudua.store.internal.Sql.quoted;

import io.cloudua.store.DomainRecord;
import io.cloudua.store.DomainStore;
import io.cloudua.store.WriteResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Domains over JDBC. The ACL lives in {@code domain_acl}, one row per entry with its position,
 * so its order survives and an entry can never be split by a separator. A domain is always
 * read together with its ACL in one statement (a left join) so the two are consistent.
 */
public final class JdbcDomainStore implements DomainStore {
    private static final String SELECT = "SELECT d.name, d.application_id, d.tls, d.digest_auth,"
            + " d.srtp, d.domain_type, d.callback_base_url, a.entry"
            + " FROM domains d LEFT JOIN domain_acl a ON a.domain = d.name";
    private static final String ORDER = " ORDER BY d.name, a.position";
    private static final String INSERT = "INSERT INTO domains (name, application_id, tls,"
            + " digest_auth, srtp, domain_type, callback_base_url, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE domains SET application_id = ?, tls = ?,"
            + " digest_auth = ?, srtp = ?, domain_type = ?, callback_base_url = ?, updated_at = ?"
            + " WHERE name = ?";
    private static final String INSERT_ACL =
            "INSERT INTO domain_acl (domain, position, entry) VALUES (?, ?, ?)";
    private static final String INSERT_DESTINATION =
            "INSERT INTO domain_destinations (domain, position, entry) VALUES (?, ?, ?)";
    private static final String SELECT_DESTINATIONS =
            "SELECT domain, entry FROM domain_destinations";

    private final Transactions tx;
    private final Clock clock;

    public JdbcDomainStore(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public WriteResult create(DomainRecord d) {
        return tx.inTransaction("create", entity(d.name()), WriteResult.DUPLICATE, c -> {
            OffsetDateTime now = Sql.now(clock);
            Sql.update(c, INSERT, d.name(), d.applicationId(), d.tls(), d.digestAuth(), d.srtp(),
                    d.domainType(), d.callbackBaseUrl(), now, now);
            insertAcl(c, d);
            insertEntries(c, INSERT_DESTINATION, d.name(), d.allowedDestinations());
            return WriteResult.CREATED;
        });
    }

    @Override
    public Optional<DomainRecord> find(String name) {
        return tx.run("find", entity(name), c -> {
            List<DomainRecord> found = withDestinations(c, query(c, SELECT + " WHERE d.name = ?" + ORDER, name),
                    SELECT_DESTINATIONS + " WHERE domain = ? ORDER BY position", name);
            return found.stream().findFirst();
        });
    }

    @Override
    public List<DomainRecord> list() {
        List<DomainRecord> all = tx.run("list", "domains", c -> withDestinations(c, query(c, SELECT + ORDER),
                SELECT_DESTINATIONS + " ORDER BY domain, position"));
        // The database orders by its collation, which differs between vendors and locales;
        // sort again so callers see one order everywhere.
        all.sort(Comparator.comparing(DomainRecord::name));
        return List.copyOf(all);
    }

    @Override
    public WriteResult update(DomainRecord d) {
        return tx.inTransaction("update", entity(d.name()), null, c -> {
            int rows = Sql.update(c, UPDATE, d.applicationId(), d.tls(), d.digestAuth(), d.srtp(),
                    d.domainType(), d.callbackBaseUrl(), Sql.now(clock), d.name());
            if (rows == 0) {
                return WriteResult.NOT_FOUND;
            }
            Sql.update(c, "DELETE FROM domain_acl WHERE domain = ?", d.name());
            insertAcl(c, d);
            Sql.update(c, "DELETE FROM domain_destinations WHERE domain = ?", d.name());
            insertEntries(c, INSERT_DESTINATION, d.name(), d.allowedDestinations());
            return WriteResult.UPDATED;
        });
    }

    @Override
    public WriteResult delete(String name, boolean cascade) {
        return tx.inTransaction("delete", entity(name), null, c -> {
            if (!Sql.lockDomain(c, name)) {
                return WriteResult.NOT_FOUND;
            }
            if (!cascade && hasChildren(c, name)) {
                return WriteResult.HAS_CHILDREN;
            }
            Sql.update(c, "DELETE FROM domain_users WHERE domain = ?", name);
            Sql.update(c, "DELETE FROM domain_endpoints WHERE domain = ?", name);
            Sql.update(c, "DELETE FROM domain_acl WHERE domain = ?", name);
            Sql.update(c, "DELETE FROM domain_destinations WHERE domain = ?", name);
            Sql.update(c, "DELETE FROM domains WHERE name = ?", name);
            return WriteResult.DELETED;
        });
    }

    private static boolean hasChildren(Connection c, String name) throws SQLException {
        return Sql.exists(c, "SELECT 1 FROM domain_users WHERE domain = ?", name)
                || Sql.exists(c, "SELECT 1 FROM domain_endpoints WHERE domain = ?", name);
    }

    private static void insertAcl(Connection c, DomainRecord d) throws SQLException {
        if (d.acl().isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_ACL)) {
            for (int i = 0; i < d.acl().size(); i++) {
                Sql.bind(ps, d.name(), i, d.acl().get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertEntries(Connection c, String sql, String domain, List<String> entries)
            throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < entries.size(); i++) {
                Sql.bind(ps, domain, i, entries.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Adds each domain's allowed destinations, read in a second statement of the same transaction
     * (a second join would multiply the ACL rows).
     */
    private static List<DomainRecord> withDestinations(Connection c, List<DomainRecord> domains, String sql,
                                                       Object... params) throws SQLException {
        if (domains.isEmpty()) {
            return domains;
        }
        Map<String, List<String>> entries = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        List<DomainRecord> out = new ArrayList<>(domains.size());
        for (DomainRecord d : domains) {
            out.add(new DomainRecord(d.name(), d.applicationId(), d.tls(), d.digestAuth(), d.srtp(), d.acl(),
                    d.domainType(), d.callbackBaseUrl(), entries.getOrDefault(d.name(), List.of())));
        }
        return out;
    }

    /** Maps joined rows (one per ACL entry, or one with a null entry) back to records. */
    private static List<DomainRecord> query(Connection c, String sql, Object... params)
            throws SQLException {
        Map<String, DomainRecord> heads = new LinkedHashMap<>();
        Map<String, List<String>> acls = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    if (!heads.containsKey(name)) {
                        heads.put(name, head(rs));
                        acls.put(name, new ArrayList<>());
                    }
                    String entry = rs.getString(8);
                    if (entry != null) {
                        acls.get(name).add(entry);
                    }
                }
            }
        }
        List<DomainRecord> out = new ArrayList<>(heads.size());
        for (DomainRecord d : heads.values()) {
            out.add(new DomainRecord(d.name(), d.applicationId(), d.tls(), d.digestAuth(),
                    d.srtp(), acls.get(d.name()), d.domainType(), d.callbackBaseUrl(), List.of()));
        }
        return out;
    }

    /** The domain columns of a joined row, ACL still empty. */
    private static DomainRecord head(ResultSet rs) throws SQLException {
        return new DomainRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getBoolean(4), rs.getString(5), List.of(), rs.getString(6), rs.getString(7), List.of());
    }

    private static String entity(String name) {
        return "domain " + quoted(name);
    }
}
