package io.cloudua.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every outcome of every {@link EndpointStore} method. */
abstract class EndpointStoreContract extends StoreContractBase {

    @BeforeEach
    void createDomain() {
        stores.domains().create(domain("mydomain"));
    }

    @Test
    void createThenFind() {
        EndpointRecord e = endpoint("mydomain", "ep1", 100);

        assertThat(stores.endpoints().create(e)).isEqualTo(WriteResult.CREATED);

        assertThat(stores.endpoints().find("mydomain", "ep1")).contains(e);
    }

    @Test
    void createTwiceIsDuplicateAndKeepsTheFirst() {
        stores.endpoints().create(endpoint("mydomain", "ep1", 100));

        assertThat(stores.endpoints().create(endpoint("mydomain", "ep1", 5)))
                .isEqualTo(WriteResult.DUPLICATE);

        assertThat(stores.endpoints().find("mydomain", "ep1")).contains(endpoint("mydomain", "ep1", 100));
    }

    @Test
    void createInUnknownDomainIsNotFound() {
        assertThat(stores.endpoints().create(endpoint("nosuchdomain", "ep1", 1)))
                .isEqualTo(WriteResult.NOT_FOUND);
    }

    @Test
    void findUnknownIsEmpty() {
        stores.endpoints().create(endpoint("mydomain", "ep1", 1));

        assertThat(stores.endpoints().find("mydomain", "ep2")).isEmpty();
        assertThat(stores.endpoints().find("nosuchdomain", "ep1")).isEmpty();
    }

    @Test
    void listIsOrderedByPriorityThenIdAndScopedToTheDomain() {
        stores.domains().create(domain("otherdomain"));
        stores.endpoints().create(endpoint("mydomain", "b", 10));
        stores.endpoints().create(endpoint("mydomain", "z", 1));
        stores.endpoints().create(endpoint("mydomain", "a", 10));
        stores.endpoints().create(endpoint("mydomain", "a-1", 10));
        stores.endpoints().create(endpoint("mydomain", "c", 100));
        stores.endpoints().create(endpoint("otherdomain", "x", 0));

        assertThat(stores.endpoints().list("mydomain")).extracting(EndpointRecord::id)
                .containsExactly("z", "a", "a-1", "b", "c");
        assertThat(stores.endpoints().list("nosuchdomain")).isEmpty();
    }

    @Test
    void updateReplacesPriorityAndUriOrIsNotFound() {
        stores.endpoints().create(endpoint("mydomain", "ep1", 100));
        EndpointRecord changed = new EndpointRecord("mydomain", "ep1", 7, "sip:new@example.org;transport=tls");

        assertThat(stores.endpoints().update(changed)).isEqualTo(WriteResult.UPDATED);
        assertThat(stores.endpoints().find("mydomain", "ep1")).contains(changed);

        assertThat(stores.endpoints().update(endpoint("mydomain", "ep2", 1)))
                .isEqualTo(WriteResult.NOT_FOUND);
        assertThat(stores.endpoints().update(endpoint("nosuchdomain", "ep1", 1)))
                .isEqualTo(WriteResult.NOT_FOUND);
    }

    @Test
    void deleteOnceThenNotFound() {
        stores.endpoints().create(endpoint("mydomain", "ep1", 100));

        assertThat(stores.endpoints().delete("mydomain", "ep1")).isEqualTo(WriteResult.DELETED);
        assertThat(stores.endpoints().delete("mydomain", "ep1")).isEqualTo(WriteResult.NOT_FOUND);
        assertThat(stores.endpoints().find("mydomain", "ep1")).isEmpty();
    }
}
