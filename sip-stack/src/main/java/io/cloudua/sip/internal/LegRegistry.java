package io.cloudua.sip.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Live legs by Call-ID. Used to match CANCEL to its INVITE and to prove that no leg outlives its call.
 */
final class LegRegistry {
    private final Map<String, AbstractLeg> byCallId = new ConcurrentHashMap<>();

    void add(AbstractLeg leg) {
        byCallId.put(leg.callId(), leg);
    }

    AbstractLeg get(String callId) {
        return byCallId.get(callId);
    }

    void remove(AbstractLeg leg) {
        byCallId.remove(leg.callId(), leg);
    }

    int size() {
        return byCallId.size();
    }

    Iterable<AbstractLeg> all() {
        return byCallId.values();
    }
}
