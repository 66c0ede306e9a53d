package io.cloudua.loadtest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the device simulator saw during one step: every webhook by event, every REST reply by action and
 * status, latencies, and the outcome of each call it took part in.
 */
public final class StepStats {
    public final String name;
    final ConcurrentHashMap<String, LongAdder> webhooks = new ConcurrentHashMap<>();
    final ConcurrentHashMap<String, LongAdder> rest = new ConcurrentHashMap<>();
    final ConcurrentHashMap<String, Histogram> restLatency = new ConcurrentHashMap<>();
    final ConcurrentHashMap<String, LongAdder> failures = new ConcurrentHashMap<>();
    /** Inbound: newRemoteCall received -> answerremotecalljwt replied 200 (ringback included when on). */
    final Histogram inboundAnswer = new Histogram();
    /** Outbound: placeremotecalljwt sent -> callAnswered received: the device's view of call setup. */
    final Histogram outboundSetup = new Histogram();
    /** Outbound: placeremotecalljwt sent -> callNotify ringing received. */
    final Histogram outboundRinging = new Histogram();
    final LongAdder inboundAnnounced = new LongAdder();
    final LongAdder inboundAnswered = new LongAdder();
    final LongAdder inboundCompleted = new LongAdder();
    final LongAdder inboundFailed = new LongAdder();
    final LongAdder outboundPlaced = new LongAdder();
    final LongAdder outboundAnswered = new LongAdder();
    final LongAdder outboundCompleted = new LongAdder();
    final LongAdder outboundFailed = new LongAdder();
    final AtomicLong firstPlaceNanos = new AtomicLong(Long.MAX_VALUE);
    final AtomicLong lastPlaceNanos = new AtomicLong(Long.MIN_VALUE);
    final AtomicLong firstAnswerNanos = new AtomicLong(Long.MAX_VALUE);
    final AtomicLong lastAnswerNanos = new AtomicLong(Long.MIN_VALUE);

    volatile long webhookConnectionsAtStart;
    volatile long webhookConnectionsOpened;
    volatile long webhookConnectionsOpenAtEnd;

    StepStats(String name) {
        this.name = name;
    }

    void webhook(String event) {
        webhooks.computeIfAbsent(event, k -> new LongAdder()).increment();
    }

    void rest(String action, HttpPool.Response r) {
        rest.computeIfAbsent(action + " " + (r.status() < 0 ? "error" : Integer.toString(r.status())), k -> new LongAdder())
                .increment();
        restLatency.computeIfAbsent(action, k -> new Histogram()).recordNanos(r.nanos());
    }

    void failure(String reason) {
        failures.computeIfAbsent(reason, k -> new LongAdder()).increment();
    }

    static void min(AtomicLong a, long v) {
        long c = a.get();
        while (v < c && !a.compareAndSet(c, v)) {
            c = a.get();
        }
    }

    static void max(AtomicLong a, long v) {
        long c = a.get();
        while (v > c && !a.compareAndSet(c, v)) {
            c = a.get();
        }
    }

    public long webhookCount(String event) {
        LongAdder a = webhooks.get(event);
        return a == null ? 0 : a.sum();
    }

    public long restErrors() {
        long n = 0;
        for (var e : rest.entrySet()) {
            if (!e.getKey().endsWith(" 200")) {
                n += e.getValue().sum();
            }
        }
        return n;
    }

    public long outboundFailed() {
        return outboundFailed.sum();
    }

    public long outboundCompleted() {
        return outboundCompleted.sum();
    }

    public long inboundFailed() {
        return inboundFailed.sum();
    }

    public long inboundCompleted() {
        return inboundCompleted.sum();
    }

    /** Calls per second over which outbound calls were answered; 0 with fewer than two answers. */
    public double outboundAnsweredCps() {
        long n = outboundAnswered.sum();
        long span = lastAnswerNanos.get() - firstAnswerNanos.get();
        return n < 2 || span <= 0 ? 0 : (n - 1) * 1e9 / span;
    }

    public double outboundPlacedCps() {
        long n = outboundPlaced.sum();
        long span = lastPlaceNanos.get() - firstPlaceNanos.get();
        return n < 2 || span <= 0 ? 0 : (n - 1) * 1e9 / span;
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("webhooks", counts(webhooks));
        m.put("rest", counts(rest));
        Map<String, Object> lat = new TreeMap<>();
        restLatency.forEach((k, v) -> lat.put(k, v.summaryMillis()));
        m.put("restLatency", lat);
        m.put("failures", counts(failures));
        m.put("webhookConnectionsOpened", webhookConnectionsOpened);
        m.put("webhookConnectionsOpenAtEnd", webhookConnectionsOpenAtEnd);
        m.put("inboundAnnounced", inboundAnnounced.sum());
        m.put("inboundAnswered", inboundAnswered.sum());
        m.put("inboundCompleted", inboundCompleted.sum());
        m.put("inboundFailed", inboundFailed.sum());
        m.put("inboundNewRemoteCallToAnswered", inboundAnswer.summaryMillis());
        m.put("outboundPlaced", outboundPlaced.sum());
        m.put("outboundAnswered", outboundAnswered.sum());
        m.put("outboundCompleted", outboundCompleted.sum());
        m.put("outboundFailed", outboundFailed.sum());
        m.put("outboundPlacedCps", Histogram.round3(outboundPlacedCps()));
        m.put("outboundAnsweredCps", Histogram.round3(outboundAnsweredCps()));
        m.put("outboundPlaceToRinging", outboundRinging.summaryMillis());
        m.put("outboundPlaceToCallAnswered", outboundSetup.summaryMillis());
        return m;
    }

    private static Map<String, Long> counts(Map<String, LongAdder> map) {
        Map<String, Long> m = new TreeMap<>();
        map.forEach((k, v) -> m.put(k, v.sum()));
        return m;
    }
}
