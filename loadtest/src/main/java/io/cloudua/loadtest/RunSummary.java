package io.cloudua.loadtest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The run's headline figures: sustained CPS per phase, ratio to the SIPp ceiling, latency and cost there. */
final class RunSummary {
    private RunSummary() { }

    /** The highest rate of the consecutive passing steps from the start of a phase (recovery steps excluded). */
    static int sustained(List<StepResult> steps) {
        int best = 0;
        if (steps == null) {
            return 0;
        }
        for (StepResult r : steps) {
            if (r.label().startsWith("recovery")) {
                continue;
            }
            if (!r.pass()) {
                break;
            }
            best = Math.max(best, r.targetCps());
        }
        return best;
    }

    /** The figures the report leads with, from every phase's steps. */
    static Map<String, Object> of(Map<String, List<StepResult>> phases, LoadConfig config, Boolean callStateReleased,
                                  HoldResult hold) {
        Map<String, Object> m = new LinkedHashMap<>();
        int ceiling = sustained(phases.get("ceiling"));
        int inbound = sustained(phases.get("inbound"));
        int outbound = sustained(phases.get("outbound"));
        boolean ceilingCapped = phases.containsKey("ceiling") && !phases.get("ceiling").isEmpty()
                && phases.get("ceiling").stream().allMatch(StepResult::pass);
        if (phases.containsKey("ceiling")) {
            m.put("ceilingCps", ceiling);
            m.put("ceilingIsLowerBound", ceilingCapped);
        }
        for (String p : List.of("inbound", "outbound")) {
            if (!phases.containsKey(p)) {
                continue;
            }
            int v = p.equals("inbound") ? inbound : outbound;
            m.put(p + "SustainedCps", v);
            m.put(p + "AllStepsPassed", phases.get(p).stream().filter(r -> !r.label().startsWith("recovery")).allMatch(StepResult::pass));
            if (ceiling > 0) {
                m.put(p + "RatioToCeiling", Histogram.round3((double) v / ceiling));
            }
            phases.get(p).stream().filter(r -> r.pass() && r.targetCps() == v && !r.label().startsWith("recovery")).findFirst()
                    .ifPresent(r -> {
                        m.put(p + "P50MsAtSustained", r.p("p50Ms"));
                        m.put(p + "P95MsAtSustained", r.p("p95Ms"));
                        m.put(p + "P99MsAtSustained", r.p("p99Ms"));
                        m.put(p + "GatewayCpuAtSustained", ((Map<?, ?>) r.resources().get("cpuCoresAvg")).get("gateway"));
                        m.put(p + "GatewayCpuMsPerCallAtSustained", r.resources().get("gatewayCpuMsPerCall"));
                        m.put(p + "HeapMaxMiBAtSustained", r.resources().get("gatewayHeapUsedMaxMiB"));
                    });
            int target = 0;
            for (StepResult r : phases.get(p)) {
                if (r.label().startsWith("recovery") || !r.pass()) {
                    break;
                }
                if (r.p("p99Ms") < config.targetP99Ms) {
                    target = Math.max(target, r.targetCps());
                }
            }
            m.put(p + "CpsWithP99Under" + (int) config.targetP99Ms + "Ms", target);
            phases.get(p).stream().filter(r -> r.label().startsWith("recovery")).findFirst()
                    .ifPresent(r -> m.put(p + "RecoveredAfterOverload", r.pass()));
            long failed = phases.get(p).stream().mapToLong(StepResult::failed).sum();
            m.put(p + "FailedCallsTotal", failed);
        }
        List<StepResult> overload = phases.get("overload");
        if (overload != null && !overload.isEmpty()) {
            StepResult o = overload.get(0);
            m.put("overloadOfferedCps", o.targetCps());
            m.put("overloadAnsweredCps", o.completedCps());
            m.put("overloadRefusedCps", o.sipp().get("refusedCps"));
            m.put("overloadAnsweredP99Ms", o.p("p99Ms"));
            m.put("overloadRefusalLatencyMs", o.sipp().get("refusedLatencyMs"));
            m.put("overloadFailedCalls", o.failed());
            m.put("overloadPassed", o.pass());
            overload.stream().filter(r -> r.label().startsWith("recovery")).findFirst()
                    .ifPresent(r -> m.put("overloadRecovered", r.pass()));
        }
        if (callStateReleased != null) {
            m.put("callStateReleasedAfter" + config.releaseWaitSeconds + "s", callStateReleased);
        }
        if (hold != null) {
            m.put("holdPeakConcurrent", hold.peakConcurrent());
            m.put("holdHeapLiveAtPeakMiB", hold.heapLiveAtPeakMiB());
            m.put("holdHeapLiveAfterMiB", hold.heapLiveAfterMiB());
            m.put("holdKiBPerCall", hold.kibPerCall());
            m.put("holdPassed", hold.pass());
        }
        return m;
    }
}
