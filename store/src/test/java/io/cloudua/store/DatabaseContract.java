package io.cloudua.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Opening, migrating, readiness and errors of {@link Database}, the same on every vendor. */
abstract class DatabaseContract extends StoreContractBase {

    @Test
    void reportsItsVendor() {
        assertThat(db.vendor()).isEqualTo(fixture.vendor());
    }

    @Test
    void migratingAgainIsHarmless() {
        stores.domains().create(domain("mydomain", "1.1.1.1"));
        long historyRows = count("SELECT COUNT(*) FROM \"flyway_schema_history\"");

        db.migrate();
        db.migrate();

        assertThat(stores.domains().find("mydomain")).contains(domain("mydomain", "1.1.1.1"));
        assertThat(count("SELECT COUNT(*) FROM \"flyway_schema_history\"")).isEqualTo(historyRows);
        assertThat(count("SELECT COUNT(*) FROM \"flyway_schema_history\""
                + " WHERE \"version\" = '1' AND \"success\" = TRUE")).isEqualTo(1);
    }

    @Test
    void isReachableWhileOpenAndNotAfterClose() {
        assertThat(db.isReachable()).isTrue();

        db.close();

        assertThat(db.isReachable()).isFalse();
    }

    @Test
    void aClosedPoolFailsWithOperationAndEntityNamed() {
        db.close();

        assertThatThrownBy(() -> stores.users().find("mydomain", "user-1"))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.operation()).isEqualTo("find");
                    assertThat(e.entity()).isEqualTo("user 'user-1' in domain 'mydomain'");
                    assertThat(e.getMessage()).contains("find", "user 'user-1'", "'mydomain'");
                    assertThat(e.getCause()).isInstanceOf(SQLException.class);
                });
        assertThatThrownBy(() -> stores.domains().create(domain("mydomain")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("create domain 'mydomain'");
        assertThatThrownBy(() -> stores.endpoints().list("mydomain"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("list endpoints in domain 'mydomain'");
    }

    @Test
    void aRejectedHashNeverAppearsInTheMessage() {
        stores.domains().create(domain("mydomain"));
        String tooLong = "deadbeef".repeat(5);

        assertThatThrownBy(() -> stores.users().create(
                new UserRecord("mydomain", "user-1", tooLong, SHA256), 200))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.getMessage()).contains("create user 'user-1'")
                            .doesNotContain(tooLong).doesNotContain(SHA256);
                    assertThat(e.sqlState()).isEqualTo("22001");
                });
        assertThat(stores.users().list("mydomain")).isEmpty();
    }
}
