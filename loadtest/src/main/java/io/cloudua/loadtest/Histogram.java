package io.cloudua.loadtest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * A lock-free latency histogram in microseconds: exact below 1 ms, then 512 sub-buckets per power of two
 * (0.2 % precision) up to about 19 hours. Cheap enough to record from event-loop threads.
 */
public final class Histogram {
    private static final int LINEAR = 1024;
    private static final int SUB = 512;
    private static final int MAX_SHIFT = 27;
    private static final long MAX_VALUE = ((long) (2 * SUB) << MAX_SHIFT) - 1;

    private final AtomicLongArray buckets = new AtomicLongArray(LINEAR + MAX_SHIFT * SUB);
    private final LongAdder count = new LongAdder();
    private final LongAdder sum = new LongAdder();
    private final AtomicLong max = new AtomicLong();

    static int index(long micros) {
        long v = Math.min(Math.max(micros, 0), MAX_VALUE);
        if (v < LINEAR) {
            return (int) v;
        }
        int msb = 63 - Long.numberOfLeadingZeros(v);
        int shift = msb - 9;
        int sub = (int) (v >> shift) - SUB;
        return LINEAR + (shift - 1) * SUB + sub;
    }

    static long lowerBound(int index) {
        if (index < LINEAR) {
            return index;
        }
        int k = index - LINEAR;
        int shift = k / SUB + 1;
        return (long) (k % SUB + SUB) << shift;
    }

    public void recordMicros(long micros) {
        buckets.incrementAndGet(index(micros));
        count.increment();
        sum.add(micros);
        long m = max.get();
        while (micros > m && !max.compareAndSet(m, micros)) {
            m = max.get();
        }
    }

    public void recordNanos(long nanos) {
        recordMicros(nanos / 1000);
    }

    public long count() {
        return count.sum();
    }

    /** The value at this percentile (0-100), in microseconds; 0 when empty. */
    public long percentileMicros(double percentile) {
        long n = count.sum();
        if (n == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(percentile / 100.0 * n));
        long seen = 0;
        for (int i = 0; i < buckets.length(); i++) {
            seen += buckets.get(i);
            if (seen >= rank) {
                return Math.min(lowerBound(i), max.get());
            }
        }
        return max.get();
    }

    /** count, mean, p50, p90, p95, p99, p99.9 and max, in milliseconds. */
    public Map<String, Object> summaryMillis() {
        Map<String, Object> m = new LinkedHashMap<>();
        long n = count.sum();
        m.put("count", n);
        m.put("meanMs", n == 0 ? 0.0 : round3(sum.sum() / 1000.0 / n));
        m.put("p50Ms", ms(percentileMicros(50)));
        m.put("p90Ms", ms(percentileMicros(90)));
        m.put("p95Ms", ms(percentileMicros(95)));
        m.put("p99Ms", ms(percentileMicros(99)));
        m.put("p999Ms", ms(percentileMicros(99.9)));
        m.put("maxMs", ms(max.get()));
        return m;
    }

    private static double ms(long micros) {
        return round3(micros / 1000.0);
    }

    static double round3(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
