/**
 * Implementation of the store: JDBC stores, transaction helper, pool set-up. Not an API;
 * other modules use only {@code io.cloudua.store}.
 */
package io.cloudua.store.internal;
