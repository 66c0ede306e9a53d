package io.cloudua.store;

/**
 * The outcome of a write. Expected outcomes are values rather than exceptions so that the
 * API edge maps them to HTTP status codes in one place (201, 200, 204, 404, 409, 422...).
 */
public enum WriteResult {
    CREATED,
    UPDATED,
    DELETED,
    /** The entity, or the domain it belongs to, does not exist. */
    NOT_FOUND,
    /** An entity with the same key already exists. */
    DUPLICATE,
    /** The domain already holds the maximum number of users. */
    LIMIT_REACHED,
    /** The domain still has users or endpoints and the delete did not ask to cascade. */
    HAS_CHILDREN
}
