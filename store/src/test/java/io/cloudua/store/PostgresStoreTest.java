package io.cloudua.store;

import org.junit.jupiter.api.Nested;

/**
 * The store contracts on PostgreSQL, each test in a fresh schema (see {@link PostgresFixture}).
 * Runs wherever PostgreSQL answers; fails when it does not and {@code CI} is set.
 */
class PostgresStoreTest {

    @Nested
    class Domains extends DomainStoreContract {
        @Override
        protected StoreFixture newFixture() {
            return new PostgresFixture();
        }
    }

    @Nested
    class Users extends UserStoreContract {
        @Override
        protected StoreFixture newFixture() {
            return new PostgresFixture();
        }
    }

    @Nested
    class Endpoints extends EndpointStoreContract {
        @Override
        protected StoreFixture newFixture() {
            return new PostgresFixture();
        }
    }

    @Nested
    class WebhookSecrets extends WebhookSecretStoreContract {
        @Override
        protected StoreFixture newFixture() {
            return new PostgresFixture();
        }
    }

    @Nested
    class UserLimitRace extends UserLimitRaceContract {
        @Override
        protected StoreFixture newFixture() {
            return new PostgresFixture();
        }
    }

    @Nested
    class Databases extends DatabaseContract {
        @Override
        protected StoreFixture newFixture() {
            return new PostgresFixture();
        }
    }
}
