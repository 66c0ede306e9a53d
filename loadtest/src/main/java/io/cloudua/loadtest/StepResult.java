package io.cloudua.loadtest;

import java.util.Map;

/**
 * One rate step of one phase.
 *
 * @param phase        ceiling, inbound, outbound (or their recovery step)
 * @param label        e.g. "200 cps" or "recovery 50 cps"
 * @param targetCps    the rate asked for (SIPp -r, or the simulator's pacing)
 * @param planned      calls the step was to make (targetCps x seconds)
 * @param attempted    calls actually started
 * @param successful   calls that went through end to end
 * @param failed       calls that failed (SIPp failures, callFailed, REST errors, unfinished)
 * @param offeredCps   rate at which calls were started
 * @param completedCps rate at which calls were answered (200 OKs, or callAnswered, per second)
 * @param latencyName  what latencyMs measures
 * @param latencyMs    count, mean, p50..p99.9, max
 * @param pass         zero failures, every planned call completed, completedCps >= ratio x target
 * @param verdict      why it did not pass, or "ok"
 * @param tStart       run time (s) when the step started, for the timelines
 * @param tEnd         run time (s) when it had drained
 * @param resources    average/max CPU of gateway, SIPp, simulator, machine; max heap and RSS
 * @param sipp         SIPp's counters (and its other response times)
 * @param device       the device simulator's counters and latencies
 * @param latencyPerSecond run time (s) -> [p50, p99] of latencyName, from SIPp's per-call response times
 */
public record StepResult(String phase, String label, int targetCps, int seconds, long planned, long attempted,
                         long successful, long failed, double offeredCps, double completedCps, String latencyName,
                         Map<String, Object> latencyMs, boolean pass, String verdict, double tStart, double tEnd,
                         Map<String, Object> resources, Map<String, Object> sipp, Map<String, Object> device,
                         Map<String, double[]> latencyPerSecond) {

    /** The same step offered at {@code offered} CPS, with another verdict (the overload phase judges it itself). */
    public StepResult offeredAt(int offered, boolean passed, String why) {
        return new StepResult(phase, label, offered, seconds, planned, attempted, successful, failed, offered, completedCps,
                latencyName, latencyMs, passed, why, tStart, tEnd, resources, sipp, device, latencyPerSecond);
    }

    public double p(String key) {
        Object v = latencyMs == null ? null : latencyMs.get(key);
        return v instanceof Number n ? n.doubleValue() : 0;
    }
}
