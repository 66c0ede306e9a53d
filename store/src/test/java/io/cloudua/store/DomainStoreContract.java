package io.cloudua.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every outcome of every {@link DomainStore} method, ACL order and cascade delete included. */
abstract class DomainStoreContract extends StoreContractBase {

    @Test
    void createThenFindRoundTripsEveryFieldAndKeepsAclOrder() {
        DomainRecord d = domain("mydomain", "50.128.128.0/29", "10.0.0.1", "50.127.127.0/29",
                "2001:db8::/32");

        assertThat(stores.domains().create(d)).isEqualTo(WriteResult.CREATED);

        assertThat(stores.domains().find("mydomain")).contains(d);
    }

    @Test
    void nullCallbackAndEmptyAclRoundTrip() {
        DomainRecord d = new DomainRecord("trunk1", "app-2", "never", false, "never", List.of(),
                "trunk", null, List.of());

        assertThat(stores.domains().create(d)).isEqualTo(WriteResult.CREATED);

        assertThat(stores.domains().find("trunk1")).contains(d);
    }

    @Test
    void allowedDestinationsRoundTripInOrderAndGoWithTheDomain() {
        DomainRecord d = new DomainRecord("mydomain", "app-2", "never", false, "never", List.of("10.0.0.1"),
                "app", null, List.of("sip.carrier.example", "127.0.0.0/8", "2001:db8::/32"));
        DomainRecord other = domain("otherdomain", "10.0.0.2");
        stores.domains().create(d);
        stores.domains().create(other);

        assertThat(stores.domains().find("mydomain")).contains(d);
        assertThat(stores.domains().list()).containsExactly(d, other);
        DomainRecord changed = new DomainRecord("mydomain", "app-2", "never", false, "never", List.of("10.0.0.1"),
                "app", null, List.of("127.0.0.1"));
        assertThat(stores.domains().update(changed)).isEqualTo(WriteResult.UPDATED);
        assertThat(stores.domains().find("mydomain")).contains(changed);
        assertThat(stores.domains().delete("mydomain", false)).isEqualTo(WriteResult.DELETED);
        assertThat(count("SELECT COUNT(*) FROM domain_destinations")).isZero();
    }

    @Test
    void createTwiceIsDuplicateAndKeepsTheFirst() {
        DomainRecord first = domain("mydomain", "10.0.0.1");
        stores.domains().create(first);

        assertThat(stores.domains().create(domain("mydomain", "10.9.9.9")))
                .isEqualTo(WriteResult.DUPLICATE);

        assertThat(stores.domains().find("mydomain")).contains(first);
    }

    @Test
    void findUnknownIsEmpty() {
        assertThat(stores.domains().find("nosuchdomain")).isEmpty();
    }

    @Test
    void listIsEmptyThenOrderedByNameWithEachAcl() {
        assertThat(stores.domains().list()).isEmpty();
        DomainRecord zeta = domain("zeta1", "1.1.1.1", "2.2.2.2");
        DomainRecord alpha = domain("alpha", "3.3.3.3");
        DomainRecord dash = domain("alp-a");
        DomainRecord digit = domain("alp0a", "4.4.4.4", "5.5.5.5", "6.6.6.6");
        for (DomainRecord d : List.of(zeta, alpha, dash, digit)) {
            stores.domains().create(d);
        }

        assertThat(stores.domains().list()).containsExactly(dash, digit, alpha, zeta);
    }

    @Test
    void updateReplacesValuesAndAclInNewOrder() {
        stores.domains().create(domain("mydomain", "1.1.1.1", "2.2.2.2", "3.3.3.3"));
        DomainRecord changed = new DomainRecord("mydomain", "app-9", "always", false, "never",
                List.of("3.3.3.3", "9.9.9.9"), "trunk", null, List.of());

        assertThat(stores.domains().update(changed)).isEqualTo(WriteResult.UPDATED);

        assertThat(stores.domains().find("mydomain")).contains(changed);
        assertThat(count("SELECT COUNT(*) FROM domain_acl")).isEqualTo(2);
    }

    @Test
    void updateUnknownIsNotFoundAndCreatesNothing() {
        assertThat(stores.domains().update(domain("nosuchdomain"))).isEqualTo(WriteResult.NOT_FOUND);

        assertThat(stores.domains().list()).isEmpty();
    }

    @Test
    void deleteRemovesDomainAndAcl() {
        stores.domains().create(domain("mydomain", "1.1.1.1", "2.2.2.2"));

        assertThat(stores.domains().delete("mydomain", false)).isEqualTo(WriteResult.DELETED);

        assertThat(stores.domains().find("mydomain")).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM domain_acl")).isZero();
    }

    @Test
    void deleteUnknownIsNotFound() {
        assertThat(stores.domains().delete("nosuchdomain", false)).isEqualTo(WriteResult.NOT_FOUND);
        assertThat(stores.domains().delete("nosuchdomain", true)).isEqualTo(WriteResult.NOT_FOUND);
    }

    @Test
    void deleteWithUsersAndNoCascadeHasChildrenAndKeepsEverything() {
        stores.domains().create(domain("mydomain", "1.1.1.1"));
        stores.users().create(user("mydomain", "user-1"), 200);

        assertThat(stores.domains().delete("mydomain", false)).isEqualTo(WriteResult.HAS_CHILDREN);

        assertThat(stores.domains().find("mydomain")).isPresent();
        assertThat(stores.users().find("mydomain", "user-1")).isPresent();
    }

    @Test
    void deleteWithEndpointsAndNoCascadeHasChildren() {
        stores.domains().create(domain("mydomain"));
        stores.endpoints().create(endpoint("mydomain", "ep1", 10));

        assertThat(stores.domains().delete("mydomain", false)).isEqualTo(WriteResult.HAS_CHILDREN);

        assertThat(stores.endpoints().find("mydomain", "ep1")).isPresent();
    }

    @Test
    void cascadeDeleteRemovesUsersEndpointsAndAclButNoOtherDomain() {
        stores.domains().create(domain("mydomain", "1.1.1.1"));
        stores.domains().create(domain("otherdomain", "2.2.2.2"));
        for (String domain : List.of("mydomain", "otherdomain")) {
            stores.users().create(user(domain, "user-1"), 200);
            stores.users().create(user(domain, "user-2"), 200);
            stores.endpoints().create(endpoint(domain, "ep1", 10));
        }

        assertThat(stores.domains().delete("mydomain", true)).isEqualTo(WriteResult.DELETED);

        assertThat(stores.domains().find("mydomain")).isEmpty();
        assertThat(stores.users().list("mydomain")).isEmpty();
        assertThat(stores.endpoints().list("mydomain")).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM domain_acl WHERE domain = 'mydomain'")).isZero();
        assertThat(stores.users().list("otherdomain")).hasSize(2);
        assertThat(stores.endpoints().list("otherdomain")).hasSize(1);
        assertThat(stores.domains().find("otherdomain")).contains(domain("otherdomain", "2.2.2.2"));
        // The name is free again, with no leftovers.
        assertThat(stores.domains().create(domain("mydomain"))).isEqualTo(WriteResult.CREATED);
        assertThat(stores.users().list("mydomain")).isEmpty();
    }
}
