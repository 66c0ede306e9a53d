package io.cloudua.loadtest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads a gateway class histogram (jcmd GC.class_histogram, taken after a full GC once every call ended) for
 * call state: live SIP transactions, dialogs, messages, legs or calls there were not released (or are held by
 * timers, of which a few may legitimately remain).
 */
final class CallStateLeftovers {
    static final Set<String> CALL_STATE = Set.of(
            "gov.nist.javax.sip.stack.SIPDialog", "gov.nist.javax.sip.stack.SIPServerTransactionImpl",
            "gov.nist.javax.sip.stack.SIPClientTransactionImpl", "gov.nist.javax.sip.message.SIPRequest",
            "gov.nist.javax.sip.message.SIPResponse", "gov.nist.javax.sip.stack.timers.DefaultSipTimer$DefaultTimerTask",
            "io.cloudua.gateway.call.InboundCall", "io.cloudua.gateway.call.OutboundCall",
            "io.cloudua.sip.internal.InboundLegImpl", "io.cloudua.sip.internal.OutboundLegImpl");

    private CallStateLeftovers() { }

    /** Instances and bytes per call-state class found in the histogram. */
    static Map<String, Object> parse(String histogram) {
        Map<String, Object> found = new LinkedHashMap<>();
        for (String line : histogram.split("\\R")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":") && CALL_STATE.contains(f[3])) {
                found.put(f[3], Map.of("instances", Long.parseLong(f[1]), "bytes", Long.parseLong(f[2])));
            }
        }
        return found;
    }

    /** True when nothing is left but a handful of timer tasks. */
    static boolean released(Map<String, Object> found) {
        return found.entrySet().stream().allMatch(e -> ((Number) ((Map<?, ?>) e.getValue()).get("instances"))
                .longValue() <= (e.getKey().contains("TimerTask") ? 16 : 0));
    }
}
