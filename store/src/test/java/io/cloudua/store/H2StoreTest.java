package io.cloudua.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The store contracts on the embedded default, an H2 file database in a temporary data
 * directory, plus what only a file database has: data that outlives the process's pool.
 */
class H2StoreTest {

    @Nested
    class Domains extends DomainStoreContract {
        @Override
        protected StoreFixture newFixture() {
            return new H2Fixture();
        }
    }

    @Nested
    class Users extends UserStoreContract {
        @Override
        protected StoreFixture newFixture() {
            return new H2Fixture();
        }
    }

    @Nested
    class Endpoints extends EndpointStoreContract {
        @Override
        protected StoreFixture newFixture() {
            return new H2Fixture();
        }
    }

    @Nested
    class WebhookSecrets extends WebhookSecretStoreContract {
        @Override
        protected StoreFixture newFixture() {
            return new H2Fixture();
        }
    }

    @Nested
    class UserLimitRace extends UserLimitRaceContract {
        @Override
        protected StoreFixture newFixture() {
            return new H2Fixture();
        }
    }

    @Nested
    class Databases extends DatabaseContract {
        @Override
        protected StoreFixture newFixture() {
            return new H2Fixture();
        }
    }

    @Nested
    class FileDatabase extends StoreContractBase {
        @Override
        protected StoreFixture newFixture() {
            return new H2Fixture();
        }

        @Test
        void livesAtDataDirCloudua() {
            assertThat(Files.exists(((H2Fixture) fixture).dataDir().resolve("cloudua.mv.db")))
                    .isTrue();
        }

        @Test
        void dataSurvivesCloseAndReopen() {
            DomainRecord d = domain("mydomain", "50.128.128.0/29", "10.0.0.1", "50.127.127.0/29");
            stores.domains().create(d);
            stores.users().create(user("mydomain", "user-1"), 200);
            stores.endpoints().create(endpoint("mydomain", "ep1", 10));
            db.close();

            db = fixture.open();
            stores = new JdbcStores(db.dataSource());

            assertThat(stores.domains().list()).containsExactly(d);
            assertThat(stores.users().list("mydomain")).containsExactly(user("mydomain", "user-1"));
            assertThat(stores.endpoints().list("mydomain"))
                    .containsExactly(endpoint("mydomain", "ep1", 10));
            assertThat(count("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '1'"))
                    .isEqualTo(1);
            assertThat(stores.domains().find("mydomain").map(DomainRecord::acl))
                    .contains(List.of("50.128.128.0/29", "10.0.0.1", "50.127.127.0/29"));
        }
    }
}
