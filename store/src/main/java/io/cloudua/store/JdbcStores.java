package io.cloudua.store;

import io.cloudua.store.internal.JdbcDomainStore;
import io.cloudua.store.internal.JdbcEndpointStore;
import io.cloudua.store.internal.JdbcUserStore;
import io.cloudua.store.internal.JdbcWebhookSecretStore;
import io.cloudua.store.internal.Transactions;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The JDBC implementations of the provisioning stores over one {@link DataSource}, usually
 * {@link Database#dataSource()}. Plain JDBC with prepared statements and the portable schema of
 * {@code db/migration}, so the same code serves H2 and PostgreSQL. The stores are stateless
 * and thread-safe; create one {@code JdbcStores} per data source and share it.
 */
public final class JdbcStores {
    private final DomainStore domains;
    private final UserStore users;
    private final EndpointStore endpoints;
    private final WebhookSecretStore webhookSecrets;

    public JdbcStores(DataSource ds) {
        this(ds, Clock.systemUTC());
    }

    /** @param clock stamps {@code created_at} and {@code updated_at}; injectable for tests */
    public JdbcStores(DataSource ds, Clock clock) {
        Transactions tx = new Transactions(Objects.requireNonNull(ds, "ds"));
        Objects.requireNonNull(clock, "clock");
        this.domains = new JdbcDomainStore(tx, clock);
        this.users = new JdbcUserStore(tx, clock);
        this.endpoints = new JdbcEndpointStore(tx, clock);
        this.webhookSecrets = new JdbcWebhookSecretStore(tx, clock);
    }

    public DomainStore domains() {
        return domains;
    }

    public UserStore users() {
        return users;
    }

    public EndpointStore endpoints() {
        return endpoints;
    }

    /** Sealed webhook signing secrets, one per domain. */
    public WebhookSecretStore webhookSecrets() {
        return webhookSecrets;
    }
}
