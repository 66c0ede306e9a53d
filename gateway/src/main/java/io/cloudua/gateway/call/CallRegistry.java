package io.cloudua.gateway.call;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live calls of this node by sessionId (the call reference inside replyIds). A call is here from the
 * moment it is announced or placed until its last event is queued, and no longer.
 */
public final class CallRegistry {
    private final Map<String, Call> calls = new ConcurrentHashMap<>();

    void add(Call call) {
        calls.put(call.sessionId(), call);
    }

    void remove(Call call) {
        calls.remove(call.sessionId(), call);
    }

    public Optional<Call> find(String sessionId) {
        return Optional.ofNullable(calls.get(sessionId));
    }

    public int size() {
        return calls.size();
    }

    public long count(Call.Direction direction) {
        return calls.values().stream().filter(c -> c.direction() == direction).count();
    }

    public Collection<Call> all() {
        return calls.values();
    }
}
