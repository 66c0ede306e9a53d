package io.cloudua.store;

import java.util.Optional;

/**
 * The sealed webhook signing secret of each domain. The store never sees a clear secret: callers seal
 * it first (the gateway uses AES-GCM with a key kept outside the database), so a database dump alone
 * does not let anyone forge webhooks. Thread-safe; each method is one transaction.
 */
public interface WebhookSecretStore {
    /** Sets (or replaces) the domain's sealed secret. */
    void put(String domain, String sealed);

    Optional<String> find(String domain);

    /** Forgets the domain's secret; a no-op when there is none. */
    void delete(String domain);
}
