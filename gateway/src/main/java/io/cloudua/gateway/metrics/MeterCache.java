package io.cloudua.gateway.metrics;

import io.micrometer.core.instrument.Meter;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Registered meters by their (already normalised) tag values. Why: {@code Counter.builder(..).register(..)}
 * on every event builds and hashes a {@code Meter.Id} and its tags each time (2-3 % of a loaded gateway's CPU);
 * a lookup here is one hash of a small key. Registration stays lazy, so a series appears in the scrape at its
 * first event as before. The keys must come from {@link Labels} (or closed enums) so the map stays bounded.
 */
final class MeterCache<K, M extends Meter> {
    private final ConcurrentHashMap<K, M> meters = new ConcurrentHashMap<>();
    private final Function<? super K, ? extends M> register;

    /** @param register registers (or finds) the meter of a key in the registry; called once per key */
    MeterCache(Function<? super K, ? extends M> register) {
        this.register = register;
    }

    M get(K key) {
        M meter = meters.get(key);   // lock-free; computeIfAbsent may lock the bin
        return meter != null ? meter : meters.computeIfAbsent(key, register);
    }
}
