package io.cloudua.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** RFC 4028 7.4 (refresh at half the interval) and 10 (give up at interval - min(32, interval/3)). */
class Rfc4028SessionTimerTest {

    /** Records what is scheduled instead of waiting for it. */
    static final class RecordingScheduler extends ScheduledThreadPoolExecutor {
        final List<Long> delaysMillis = new ArrayList<>();
        final List<Runnable> tasks = new ArrayList<>();

        RecordingScheduler() {
            super(1);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            delaysMillis.add(unit.toMillis(delay));
            tasks.add(command);
            return super.schedule(() -> { }, 1, TimeUnit.DAYS);
        }
    }

    private final RecordingScheduler scheduler = new RecordingScheduler();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void theRefresherRefreshesAtHalfTheInterval() {
        List<String> fired = new ArrayList<>();
        SessionTimer timer = new SessionTimer(scheduler, 1800, true, () -> fired.add("refresh"), () -> fired.add("expire"));
        timer.restart();
        assertThat(scheduler.delaysMillis).containsExactly(900_000L);
        scheduler.tasks.get(0).run();
        assertThat(fired).containsExactly("refresh");
    }

    @Test
    void theOtherSideGivesUpBeforeTheIntervalEnds() {
        List<String> fired = new ArrayList<>();
        new SessionTimer(scheduler, 1800, false, () -> fired.add("refresh"), () -> fired.add("expire")).restart();
        new SessionTimer(scheduler, 90, false, () -> fired.add("refresh"), () -> fired.add("expire")).restart();
        // 1800 - min(32, 600) = 1768 s; 90 - min(32, 30) = 60 s
        assertThat(scheduler.delaysMillis).containsExactly(1_768_000L, 60_000L);
        scheduler.tasks.get(1).run();
        assertThat(fired).containsExactly("expire");
    }

    @Test
    void aCancelledTimerSchedulesNothingMore() {
        SessionTimer timer = new SessionTimer(scheduler, 90, true, () -> { }, () -> { });
        timer.cancel();
        timer.restart();
        assertThat(scheduler.delaysMillis).isEmpty();
    }
}
