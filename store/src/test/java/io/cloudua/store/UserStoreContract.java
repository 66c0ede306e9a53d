package io.cloudua.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every outcome of every {@link UserStore} method. The big limit race has its own contract. */
abstract class UserStoreContract extends StoreContractBase {

    @BeforeEach
    void createDomain() {
        stores.domains().create(domain("mydomain"));
    }

    @Test
    void createThenFind() {
        assertThat(stores.users().create(user("mydomain", "user-1"), 200))
                .isEqualTo(WriteResult.CREATED);

        assertThat(stores.users().find("mydomain", "user-1")).contains(user("mydomain", "user-1"));
    }

    @Test
    void createTwiceIsDuplicateAndKeepsTheFirstHashes() {
        stores.users().create(user("mydomain", "user-1"), 200);
        UserRecord other = new UserRecord("mydomain", "user-1", "f".repeat(32), "f".repeat(64));

        assertThat(stores.users().create(other, 200)).isEqualTo(WriteResult.DUPLICATE);

        assertThat(stores.users().find("mydomain", "user-1")).contains(user("mydomain", "user-1"));
    }

    @Test
    void createInUnknownDomainIsNotFound() {
        assertThat(stores.users().create(user("nosuchdomain", "user-1"), 200))
                .isEqualTo(WriteResult.NOT_FOUND);
    }

    @Test
    void createBeyondTheLimitIsLimitReachedUntilAUserIsDeleted() {
        assertThat(stores.users().create(user("mydomain", "user-1"), 2)).isEqualTo(WriteResult.CREATED);
        assertThat(stores.users().create(user("mydomain", "user-2"), 2)).isEqualTo(WriteResult.CREATED);

        assertThat(stores.users().create(user("mydomain", "user-3"), 2))
                .isEqualTo(WriteResult.LIMIT_REACHED);
        assertThat(stores.users().create(user("mydomain", "user-1"), 2))
                .isEqualTo(WriteResult.DUPLICATE);

        stores.users().delete("mydomain", "user-1");
        assertThat(stores.users().create(user("mydomain", "user-3"), 2)).isEqualTo(WriteResult.CREATED);
    }

    @Test
    void theLimitIsPerDomainAndKeysArePerDomain() {
        stores.domains().create(domain("otherdomain"));
        stores.users().create(user("mydomain", "user-1"), 1);

        assertThat(stores.users().create(user("otherdomain", "user-1"), 1))
                .isEqualTo(WriteResult.CREATED);
    }

    @Test
    void findUnknownIsEmpty() {
        stores.users().create(user("mydomain", "user-1"), 200);

        assertThat(stores.users().find("mydomain", "user-2")).isEmpty();
        assertThat(stores.users().find("nosuchdomain", "user-1")).isEmpty();
    }

    @Test
    void listIsOrderedByKeyAndScopedToTheDomain() {
        stores.domains().create(domain("otherdomain"));
        for (String key : List.of("user-b", "user0", "user-10", "user-2", "user-a")) {
            stores.users().create(user("mydomain", key), 200);
        }
        stores.users().create(user("otherdomain", "user-x"), 200);

        assertThat(stores.users().list("mydomain")).extracting(UserRecord::key)
                .containsExactly("user-10", "user-2", "user-a", "user-b", "user0");
        assertThat(stores.users().list("nosuchdomain")).isEmpty();
    }

    @Test
    void updateReplacesHashesOrIsNotFound() {
        stores.users().create(user("mydomain", "user-1"), 200);
        UserRecord changed = new UserRecord("mydomain", "user-1", "a".repeat(32), "b".repeat(64));

        assertThat(stores.users().update(changed)).isEqualTo(WriteResult.UPDATED);
        assertThat(stores.users().find("mydomain", "user-1")).contains(changed);

        assertThat(stores.users().update(user("mydomain", "user-2"))).isEqualTo(WriteResult.NOT_FOUND);
        assertThat(stores.users().update(user("nosuchdomain", "user-1")))
                .isEqualTo(WriteResult.NOT_FOUND);
    }

    @Test
    void deleteOnceThenNotFound() {
        stores.users().create(user("mydomain", "user-1"), 200);

        assertThat(stores.users().delete("mydomain", "user-1")).isEqualTo(WriteResult.DELETED);
        assertThat(stores.users().delete("mydomain", "user-1")).isEqualTo(WriteResult.NOT_FOUND);
        assertThat(stores.users().find("mydomain", "user-1")).isEmpty();
    }

    @Test
    void toStringNeverShowsTheHashes() {
        assertThat(user("mydomain", "user-1").toString())
                .contains("user-1").doesNotContain(MD5).doesNotContain(SHA256);
    }

    @Test
    void theSameUserCreatedFromManyThreadsIsCreatedOnce() throws Exception {
        Map<WriteResult, AtomicInteger> results = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                futures.add(pool.submit(() -> results.computeIfAbsent(
                        stores.users().create(user("mydomain", "user-1"), 200),
                        r -> new AtomicInteger()).incrementAndGet()));
            }
            for (Future<?> f : futures) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(results.get(WriteResult.CREATED)).hasValue(1);
        assertThat(results.get(WriteResult.DUPLICATE)).hasValue(49);
    }
}
