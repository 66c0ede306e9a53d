package io.cloudua.store;

import java.util.List;
import java.util.Optional;

/**
 * Stored endpoints of a domain. Implementations are thread-safe; each method is one
 * transaction. Failures other than the listed outcomes throw {@link StoreException}.
 */
public interface EndpointStore {
    /** @return CREATED, DUPLICATE, or NOT_FOUND when the domain does not exist */
    WriteResult create(EndpointRecord e);

    Optional<EndpointRecord> find(String domain, String id);

    /** @return the domain's endpoints ordered by priority, then id; empty if none */
    List<EndpointRecord> list(String domain);

    /** Replaces priority and URI. @return UPDATED or NOT_FOUND */
    WriteResult update(EndpointRecord e);

    /** @return DELETED or NOT_FOUND */
    WriteResult delete(String domain, String id);
}
