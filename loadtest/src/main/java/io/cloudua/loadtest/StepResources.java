package io.cloudua.loadtest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one step cost: CPU per process, machine load, GC, heap and RSS of the gateway, averaged or maximised
 * over the samples taken during the step, and the CPU noise of processes this run did not start.
 */
final class StepResources {
    private StepResources() { }

    /** of(sampler, t0, t1) plus the gateway's CPU time per completed call. */
    static Map<String, Object> of(ProcSampler sampler, double t0, double t1, double completedCps) {
        Map<String, Object> m = of(sampler, t0, t1);
        Object gw = ((Map<?, ?>) m.get("cpuCoresAvg")).get("gateway");
        if (gw instanceof Number n && completedCps > 0) {
            m.put("gatewayCpuMsPerCall", Histogram.round3(n.doubleValue() * 1000 / completedCps));
        }
        return m;
    }

    /** Averages and maxima of the samples taken during a step. */
    static Map<String, Object> of(ProcSampler sampler, double t0, double t1) {
        List<ProcSampler.Sample> s = sampler.between(t0, t1);
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, double[]> cpu = new LinkedHashMap<>();
        double machine = 0;
        double heapMax = 0;
        double rssMax = 0;
        double ours = 0;
        Long gcFirst = null;
        Long gcLast = null;
        Double gcsFirst = null;
        Double gcsLast = null;
        for (ProcSampler.Sample x : s) {
            ours += x.cpu().values().stream().mapToDouble(Double::doubleValue).sum();
            if (x.gcCount() != null) {
                gcFirst = gcFirst == null ? x.gcCount() : gcFirst;
                gcLast = x.gcCount();
                gcsFirst = gcsFirst == null ? x.gcSeconds() : gcsFirst;
                gcsLast = x.gcSeconds();
            }
            x.cpu().forEach((k, v) -> {
                double[] a = cpu.computeIfAbsent(k, q -> new double[3]);
                a[0] += v;
                a[1]++;
                a[2] = Math.max(a[2], v);
            });
            machine += x.machineBusyCores();
            if (x.heapUsedMiB() != null) {
                heapMax = Math.max(heapMax, x.heapUsedMiB());
            }
            Double rss = x.rssMiB().get("gateway");
            if (rss != null) {
                rssMax = Math.max(rssMax, rss);
            }
        }
        Map<String, Object> avg = new LinkedHashMap<>();
        Map<String, Object> max = new LinkedHashMap<>();
        cpu.forEach((k, a) -> {
            avg.put(k, Histogram.round3(a[0] / a[1]));
            max.put(k, Histogram.round3(a[2]));
        });
        m.put("cpuCoresAvg", avg);
        m.put("cpuCoresMax", max);
        m.put("machineBusyCoresAvg", s.isEmpty() ? 0 : Histogram.round3(machine / s.size()));
        // CPU used by processes this run did not start (other test runs on a shared machine): noise to know about
        m.put("otherProcessesCoresAvg", s.isEmpty() ? 0 : Histogram.round3(Math.max(0, machine - ours) / s.size()));
        if (gcFirst != null) {
            m.put("gatewayGcCount", gcLast - gcFirst);
            m.put("gatewayGcSeconds", Histogram.round3(gcsLast - gcsFirst));
        }
        m.put("gatewayHeapUsedMaxMiB", heapMax);
        m.put("gatewayRssMaxMiB", rssMax);
        m.put("samples", s.size());
        return m;
    }
}
