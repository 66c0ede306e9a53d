package io.cloudua.loadtest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what a step measured (SIPp's counts and response times, the device simulator's counts, the sampled
 * CPU and heap) into its {@link StepResult}: the figures, and the pass rule's verdict with every reason it
 * failed. Runs nothing itself.
 */
final class StepJudge {
    private final LoadConfig config;
    private final ProcSampler sampler;
    private final Path out;

    StepJudge(LoadConfig config, ProcSampler sampler, Path out) {
        this.config = config;
        this.sampler = sampler;
        this.out = out;
    }

    /** A step whose calls a SIPp UAC made (ceiling, inbound, overload): INVITE -> 200 as SIPp timed it. */
    StepResult sippStep(String phase, String label, int rate, int planned, Sipp uac, int rc, double uacStart,
                        double t0, double t1, StepStats device, Sipp uas) throws IOException {
        Sipp.Stats st = uac.stats();
        Map<String, Sipp.Rtd> rtds = uac.rtds();
        Sipp.Rtd invite = rtds.get("invite-200");
        Histogram h = invite == null ? new Histogram() : invite.histogram();
        double completedCps = invite == null ? 0 : invite.ratePerSecond();
        long failed = st.failed() + Math.max(0, planned - st.created());
        long deviceFailed = 0;
        List<String> why = new ArrayList<>();
        if (rc != 0) {
            why.add("SIPp exit " + rc + (rc == -999 ? " (killed at the step's time bound)" : "") + ": " + uac.lastError());
        }
        if (st.failed() > 0) {
            why.add(st.failed() + " failed " + st.failures());
        }
        if (st.successful() < planned) {
            why.add(st.successful() + "/" + planned + " completed");
        }
        if (device != null) {
            deviceFailed = device.inboundFailed();
            if (deviceFailed > 0) {
                why.add("device: " + deviceFailed + " calls without callAnswered/callHungup " + device.toMap().get("failures"));
            }
            if (device.restErrors() > 0) {
                why.add("device: " + device.restErrors() + " REST errors " + device.toMap().get("rest"));
            }
        }
        rateAndLatency(why, completedCps, rate, planned, h);
        Map<String, double[]> perSecond = new LinkedHashMap<>();
        if (invite != null && invite.perSecond() != null) {
            invite.perSecond().forEach((sec, hist) -> perSecond.put(
                    Double.toString(Histogram.round3(uacStart + sec)),
                    new double[] {hist.percentileMicros(50) / 1000.0, hist.percentileMicros(99) / 1000.0}));
        }
        Map<String, Object> sippMap = sippMap(uac, rc);
        Map<String, Object> other = new LinkedHashMap<>();
        rtds.forEach((k, v) -> other.put(k, v.histogram().summaryMillis()));
        sippMap.put("responseTimes", other);
        if (uas != null) {
            sippMap.put("uas", sippMap(uas, -1));
        }
        return new StepResult(phase, label, rate, config.stepSeconds, planned, st.created(), st.successful(),
                failed + deviceFailed, rate, Histogram.round3(completedCps), "INVITE sent -> 200 OK received (SIPp, 1 ms resolution)",
                h.summaryMillis(), why.isEmpty(), verdict(why), t0, t1, StepResources.of(sampler, t0, t1, completedCps),
                sippMap, device == null ? null : device.toMap(), perSecond);
    }

    /** An outbound step: placeremotecalljwt -> callAnswered as the device simulator timed it. */
    StepResult outbound(String label, int rate, int planned, int placed, StepStats stats, Sipp uas, double t0, double t1)
            throws IOException {
        long failed = stats.outboundFailed() + (planned - placed);
        long completed = stats.outboundCompleted();
        double completedCps = stats.outboundAnsweredCps();
        List<String> why = new ArrayList<>();
        if (failed > 0) {
            why.add(failed + " failed " + stats.toMap().get("failures"));
        }
        if (completed < planned) {
            why.add(completed + "/" + planned + " completed");
        }
        if (stats.restErrors() > 0) {
            why.add(stats.restErrors() + " REST errors");
        }
        rateAndLatency(why, completedCps, rate, planned, stats.outboundSetup);
        return new StepResult("outbound", label, rate, config.stepSeconds, planned, placed, completed, failed,
                Histogram.round3(stats.outboundPlacedCps()), Histogram.round3(completedCps),
                "placeremotecalljwt sent -> callAnswered received", stats.outboundSetup.summaryMillis(), why.isEmpty(),
                verdict(why), t0, t1, StepResources.of(sampler, t0, t1, completedCps), sippMap(uas, -1), stats.toMap(), Map.of());
    }

    /**
     * The overload step, judged as an inbound step at the limit (answered calls) plus how fast the excess was
     * refused (SIPp's "invite-503" response time), and reported at the rate offered.
     */
    StepResult overload(StepResult atLimit, Sipp uac, int offered) throws IOException {
        Sipp.Rtd refused = uac.rtds().get("invite-503");
        Histogram h = refused == null ? new Histogram() : refused.histogram();
        List<String> why = new ArrayList<>();
        if (!atLimit.pass()) {
            why.add(atLimit.verdict());
        }
        double refusedP99 = h.percentileMicros(99) / 1000.0;
        if (refusedP99 > config.maxP99Ms) {
            why.add(String.format("refusal p99 %.0f ms > %.0f ms", refusedP99, config.maxP99Ms));
        }
        atLimit.sipp().put("refusedCalls", h.count());
        atLimit.sipp().put("refusedCps", Histogram.round3(refused == null ? 0 : refused.ratePerSecond()));
        atLimit.sipp().put("refusedLatencyMs", h.summaryMillis());
        return atLimit.offeredAt(offered, why.isEmpty(), verdict(why));
    }

    /** The pass rule's rate and latency parts: completed CPS near the rate, p99 set-up within the bound. */
    private void rateAndLatency(List<String> why, double completedCps, int rate, int planned, Histogram setup) {
        if (completedCps < config.minCompletedRatio * rate && planned > 1) {
            why.add(String.format("completed %.0f cps < %.0f%% of %d", completedCps, config.minCompletedRatio * 100, rate));
        }
        double p99 = setup.percentileMicros(99) / 1000.0;
        if (p99 > config.maxP99Ms) {
            why.add(String.format("p99 %.0f ms > %.0f ms", p99, config.maxP99Ms));
        }
    }

    private static String verdict(List<String> why) {
        return why.isEmpty() ? "ok" : String.join("; ", why);
    }

    /** SIPp's own counts of a run, for the result. */
    Map<String, Object> sippMap(Sipp sipp, int rc) throws IOException {
        Sipp.Stats st = sipp.stats();
        Map<String, Object> m = new LinkedHashMap<>();
        if (rc != -1) {
            m.put("exit", rc);
        }
        m.put("created", st.created());
        m.put("successful", st.successful());
        m.put("failed", st.failed());
        m.put("failures", st.failures());
        m.put("retransmissions", st.retransmissions());
        m.put("deadCallMsgs", st.deadCallMsgs());
        m.put("outOfCallMsgs", st.outOfCallMsgs());
        m.put("dir", out.relativize(sipp.dir()).toString());
        return m;
    }
}
