package io.cloudua.store.internal;

import static io.cloudua.store.internal.Sql.quoted;

import io.cloudua.store.EndpointRecord;
import io.cloudua.store.EndpointStore;
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
 * Domain endpoints over JDBC. Creation locks the domain row first, like user creation, so an
 * endpoint can never be added to a domain that a concurrent cascade delete is removing.
 */
public final class JdbcEndpointStore implements EndpointStore {
    private static final String SELECT =
            "SELECT domain, endpoint_id, priority, uri FROM domain_endpoints";
    private static final String INSERT = "INSERT INTO domain_endpoints (domain, endpoint_id,"
            + " priority, uri, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE domain_endpoints SET priority = ?, uri = ?,"
            + " updated_at = ? WHERE domain = ? AND endpoint_id = ?";
    /** Lower priority value first, then id; the same order on every vendor. */
    private static final Comparator<EndpointRecord> ORDER =
            Comparator.comparingInt(EndpointRecord::priority).thenComparing(EndpointRecord::id);

    private final Transactions tx;
    private final Clock clock;

    public JdbcEndpointStore(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public WriteResult create(EndpointRecord e) {
        return tx.inTransaction("create", entity(e.domain(), e.id()), WriteResult.DUPLICATE, c -> {
            if (!Sql.lockDomain(c, e.domain())) {
                return WriteResult.NOT_FOUND;
            }
            OffsetDateTime now = Sql.now(clock);
            Sql.update(c, INSERT, e.domain(), e.id(), e.priority(), e.uri(), now, now);
            return WriteResult.CREATED;
        });
    }

    @Override
    public Optional<EndpointRecord> find(String domain, String id) {
        return tx.run("find", entity(domain, id), c -> query(c,
                SELECT + " WHERE domain = ? AND endpoint_id = ?", domain, id).stream().findFirst());
    }

    @Override
    public List<EndpointRecord> list(String domain) {
        List<EndpointRecord> endpoints = tx.run("list", "endpoints in domain " + quoted(domain),
                c -> query(c, SELECT + " WHERE domain = ? ORDER BY priority, endpoint_id", domain));
        // Re-sort: ties on priority are ordered by id, and collations differ between vendors.
        endpoints.sort(ORDER);
        return List.copyOf(endpoints);
    }

    @Override
    public WriteResult update(EndpointRecord e) {
        return tx.run("update", entity(e.domain(), e.id()), c -> {
            int rows = Sql.update(c, UPDATE, e.priority(), e.uri(), Sql.now(clock), e.domain(),
                    e.id());
            return rows == 0 ? WriteResult.NOT_FOUND : WriteResult.UPDATED;
        });
    }

    @Override
    public WriteResult delete(String domain, String id) {
        return tx.run("delete", entity(domain, id), c -> {
            int rows = Sql.update(c,
                    "DELETE FROM domain_endpoints WHERE domain = ? AND endpoint_id = ?", domain, id);
            return rows == 0 ? WriteResult.NOT_FOUND : WriteResult.DELETED;
        });
    }

    private static List<EndpointRecord> query(Connection c, String sql, Object... params)
            throws SQLException {
        List<EndpointRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new EndpointRecord(rs.getString(1), rs.getString(2), rs.getInt(3),
                            rs.getString(4)));
                }
            }
        }
        return out;
    }

    private static String entity(String domain, String id) {
        return "endpoint " + quoted(id) + " in domain " + quoted(domain);
    }
}
