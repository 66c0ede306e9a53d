package io.cloudua.store.internal;

import io.cloudua.store.WebhookSecretStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Optional;

/**
 * Sealed webhook secrets over JDBC. A put is delete + insert in one transaction: portable on H2 and
 * PostgreSQL (no vendor upsert), and a reader sees either the old or the new secret, never none.
 */
public final class JdbcWebhookSecretStore implements WebhookSecretStore {
    private final Transactions tx;
    private final Clock clock;

    public JdbcWebhookSecretStore(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void put(String domain, String sealed) {
        tx.inTransaction("put", "webhook secret of " + domain, null, c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM webhook_secrets WHERE domain = ?");
                 PreparedStatement ins = c.prepareStatement(
                         "INSERT INTO webhook_secrets (domain, sealed, updated_at) VALUES (?, ?, ?)")) {
                del.setString(1, domain);
                del.executeUpdate();
                ins.setString(1, domain);
                ins.setString(2, sealed);
                ins.setObject(3, Sql.now(clock));
                ins.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<String> find(String domain) {
        return tx.run("find", "webhook secret of " + domain, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT sealed FROM webhook_secrets WHERE domain = ?")) {
                ps.setString(1, domain);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public void delete(String domain) {
        tx.run("delete", "webhook secret of " + domain, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM webhook_secrets WHERE domain = ?")) {
                ps.setString(1, domain);
                return ps.executeUpdate();
            }
        });
    }
}
