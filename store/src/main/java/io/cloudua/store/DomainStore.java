package io.cloudua.store;

import java.util.List;
import java.util.Optional;

/**
 * Stored PSIP domains. Implementations are thread-safe; each method is one transaction.
 * Failures other than the listed outcomes throw {@link StoreException}.
 */
public interface DomainStore {
    /** @return CREATED, or DUPLICATE when a domain of that name exists */
    WriteResult create(DomainRecord d);

    Optional<DomainRecord> find(String name);

    /** @return all domains ordered by name, in Java {@code String} order on every vendor */
    List<DomainRecord> list();

    /** Replaces every value of the domain named {@code d.name()}, ACL included.
     *  @return UPDATED or NOT_FOUND */
    WriteResult update(DomainRecord d);

    /**
     * @param cascade also delete the domain's users and endpoints, in the same transaction
     * @return DELETED, NOT_FOUND, or HAS_CHILDREN when users or endpoints exist and
     *     {@code cascade} is false
     */
    WriteResult delete(String name, boolean cascade);
}
