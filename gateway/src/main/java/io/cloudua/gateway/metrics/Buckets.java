package io.cloudua.gateway.metrics;

import java.time.Duration;

/**
 * The histogram buckets of cloudua's latency metrics, fixed and few: Micrometer's automatic percentile
 * histograms publish about 70 buckets per series, which multiplied by labels is more than a small site's
 * Prometheus should store. These bound what operators ask ("is setup under a second?").
 */
final class Buckets {
    private Buckets() { }

    /** From 5 ms (a fast webhook) to 30 s (a slow one at the longest timeout). */
    static final Duration[] REQUEST = {
        Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30),
    };

    /** From 1 ms to 1 s: the gateway's own work on a call, where a healthy node stays in single milliseconds. */
    static final Duration[] OWN = {
        Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
    };

    /** From 50 ms to two minutes: an answer includes a human picking up. */
    static final Duration[] ANSWER = {
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
        Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10),
        Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120),
    };
}
