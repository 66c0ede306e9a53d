package io.cloudua.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The user limit under contention: 300 threads released at once, each creating a different
 * user in one domain whose limit is 200, must leave exactly 200 rows. This is what the domain
 * row lock is for; without it the count-then-insert check overshoots.
 */
abstract class UserLimitRaceContract extends StoreContractBase {
    private static final int THREADS = 300;
    private static final int LIMIT = 200;

    @Test
    @Timeout(120)
    void threeHundredRacingCreatesLeaveExactlyTwoHundredUsers() throws Exception {
        stores.domains().create(domain("mydomain"));
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<WriteResult>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < THREADS; i++) {
                UserRecord u = user("mydomain", "user-" + i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return stores.users().create(u, LIMIT);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            Map<WriteResult, Integer> tally = new EnumMap<>(WriteResult.class);
            for (Future<WriteResult> f : futures) {
                tally.merge(f.get(60, TimeUnit.SECONDS), 1, Integer::sum);
            }

            assertThat(tally).containsOnlyKeys(WriteResult.CREATED, WriteResult.LIMIT_REACHED)
                    .containsEntry(WriteResult.CREATED, LIMIT)
                    .containsEntry(WriteResult.LIMIT_REACHED, THREADS - LIMIT);
        } finally {
            pool.shutdownNow();
        }
        assertThat(stores.users().list("mydomain")).hasSize(LIMIT);
        assertThat(count("SELECT COUNT(*) FROM domain_users WHERE domain = 'mydomain'"))
                .isEqualTo(LIMIT);
    }
}
