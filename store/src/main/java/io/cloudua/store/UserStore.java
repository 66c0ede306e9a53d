package io.cloudua.store;

import java.util.List;
import java.util.Optional;

/**
 * Stored digest users of a domain. Implementations are thread-safe; each method is one
 * transaction. Failures other than the listed outcomes throw {@link StoreException}.
 */
public interface UserStore {
    /**
     * Creates a user unless the domain already holds {@code maxPerDomain} users. The limit
     * holds under concurrent creates from any number of threads or nodes.
     *
     * @return CREATED, DUPLICATE, NOT_FOUND (no such domain) or LIMIT_REACHED
     */
    WriteResult create(UserRecord u, int maxPerDomain);

    Optional<UserRecord> find(String domain, String key);

    /** @return the domain's users ordered by key, in Java {@code String} order on every
     *  vendor; empty if none */
    List<UserRecord> list(String domain);

    /** Replaces the HA1 hashes. @return UPDATED or NOT_FOUND */
    WriteResult update(UserRecord u);

    /** @return DELETED or NOT_FOUND */
    WriteResult delete(String domain, String key);
}
