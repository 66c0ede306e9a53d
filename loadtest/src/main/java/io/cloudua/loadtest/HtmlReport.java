package io.cloudua.loadtest;

import static io.cloudua.loadtest.Svg.esc;
import static io.cloudua.loadtest.Svg.fmt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** report.html: the summary, per-phase charts and tables, timelines of CPU, heap and latency; self-contained. */
final class HtmlReport {
    private HtmlReport() { }

    private static final Map<String, String> PHASE_COLORS = Map.of("ceiling", "#e8f0fe", "warmup", "#f3f3f3",
            "inbound", "#e6f4ea", "outbound", "#fef7e0", "overload", "#f8e1f4", "hold", "#fce8e6", "end", "#ffffff");

    static String render(Map<String, Object> result, Map<String, List<StepResult>> phases, HoldResult hold,
                         List<ProcSampler.Sample> samples, List<Map<String, Object>> hotspots) {
        StringBuilder h = new StringBuilder();
        h.append("<!doctype html><html><head><meta charset='utf-8'><title>cloudua load report</title><style>")
                .append("body{font-family:sans-serif;margin:24px;max-width:1100px;color:#222}")
                .append("table{border-collapse:collapse;margin:8px 0 16px;font-size:13px}")
                .append("td,th{border:1px solid #ccc;padding:3px 7px;text-align:right}th{background:#f4f4f4}")
                .append("td.l,th.l{text-align:left}.pass{color:#137333;font-weight:bold}.fail{color:#c5221f;font-weight:bold}")
                .append("code,pre{background:#f6f6f6;padding:2px 4px}pre{padding:8px;overflow-x:auto;font-size:12px}")
                .append("svg{margin:6px 0;border:1px solid #eee}</style></head><body>");
        h.append("<h1>cloudua load report</h1>");
        h.append("<p>Started ").append(esc(String.valueOf(result.get("startedAt")))).append(", finished ")
                .append(esc(String.valueOf(result.get("finishedAt")))).append(".</p>");
        h.append("<p>Command: <code>").append(esc(String.valueOf(result.get("command")))).append("</code><br>Gateway: <code>")
                .append(esc(String.valueOf(result.get("gateway")))).append("</code><br>Machine: <code>")
                .append(esc(String.valueOf(result.get("machine")))).append("</code></p>");

        summary(h, result);

        for (String phase : List.of("ceiling", "inbound", "outbound", "overload")) {
            List<StepResult> steps = phases.get(phase);
            if (steps == null || steps.isEmpty()) {
                continue;
            }
            h.append("<h2>").append(title(phase)).append("</h2>");
            phaseCharts(h, phase, steps);
            stepTable(h, steps);
        }
        if (hold != null) {
            h.append("<h2>Concurrent held calls</h2>");
            holdTable(h, hold);
        }
        if (!samples.isEmpty()) {
            h.append("<h2>Timelines</h2>");
            timelines(h, phases, samples);
        }
        if (hotspots != null && !hotspots.isEmpty()) {
            h.append("<h2>Where the gateway's CPU went (JFR execution samples)</h2>");
            hotspotTables(h, hotspots);
        }
        Object notes = result.get("notes");
        if (notes instanceof List<?> l && !l.isEmpty()) {
            h.append("<h2>Notes</h2><ul>");
            l.forEach(n -> h.append("<li>").append(esc(String.valueOf(n))).append("</li>"));
            h.append("</ul>");
        }
        h.append("<h2>Configuration</h2><pre>").append(esc(String.valueOf(result.get("config")))).append("</pre>");
        h.append("<p>Raw figures: <code>result.json</code> beside this file; SIPp's own files per step under its "
                + "phase directories.</p></body></html>");
        return h.toString();
    }

    private static String title(String phase) {
        return switch (phase) {
            case "ceiling" -> "Machine ceiling: SIPp caller &rarr; SIPp far end (no gateway)";
            case "inbound" -> "Inbound: SIPp caller &rarr; gateway &rarr; device rings back and answers over REST";
            case "outbound" -> "Outbound: device places over REST &rarr; gateway &rarr; SIPp far end; device hangs up";
            case "overload" -> "Overload: inbound calls above the gateway's call-rate-limit; the excess gets 503";
            default -> phase;
        };
    }

    private static void summary(StringBuilder h, Map<String, Object> result) {
        @SuppressWarnings("unchecked")
        Map<String, Object> s = (Map<String, Object>) result.get("summary");
        h.append("<h2>Summary</h2><table>");
        Object ceiling = s.get("ceilingCps");
        if (ceiling != null) {
            row(h, "Machine ceiling (SIPp &rarr; SIPp, zero failures)", ceiling + " CPS"
                    + (Boolean.TRUE.equals(s.get("ceilingIsLowerBound")) ? " or more (every step passed)" : ""));
        }
        for (String p : List.of("inbound", "outbound")) {
            if (!s.containsKey(p + "SustainedCps")) {
                continue;
            }
            String ratio = s.get(p + "RatioToCeiling") == null ? ""
                    : String.format(Locale.ROOT, " = %.0f%% of the ceiling", 100 * ((Number) s.get(p + "RatioToCeiling")).doubleValue());
            row(h, cap(p) + " sustained with zero failures", s.get(p + "SustainedCps") + " CPS" + ratio
                    + (Boolean.TRUE.equals(s.get(p + "AllStepsPassed")) ? " (every step passed: a lower bound)" : ""));
            s.keySet().stream().filter(k -> k.startsWith(p + "CpsWithP99Under")).findFirst().ifPresent(k -> row(h,
                    cap(p) + " highest passing rate with p99 under " + k.replaceAll("\\D", "") + " ms", s.get(k) + " CPS"));
            if (s.containsKey(p + "P99MsAtSustained")) {
                row(h, cap(p) + " latency at that rate (p50 / p95 / p99)", s.get(p + "P50MsAtSustained") + " / "
                        + s.get(p + "P95MsAtSustained") + " / " + s.get(p + "P99MsAtSustained") + " ms"
                        + (p.equals("inbound") ? " INVITE&rarr;200" : " placeremotecall&rarr;callAnswered"));
                row(h, cap(p) + " gateway CPU / max heap at that rate", s.get(p + "GatewayCpuAtSustained") + " cores / "
                        + s.get(p + "HeapMaxMiBAtSustained") + " MiB");
            }
            if (s.containsKey(p + "RecoveredAfterOverload")) {
                row(h, cap(p) + ": served the lowest rate again after the failing step", cls(Boolean.TRUE.equals(
                        s.get(p + "RecoveredAfterOverload"))));
            }
        }
        if (s.containsKey("holdPeakConcurrent")) {
            row(h, "Concurrent calls held", s.get("holdPeakConcurrent") + ", live heap " + s.get("holdHeapLiveAtPeakMiB")
                    + " MiB at the peak, " + s.get("holdHeapLiveAfterMiB") + " MiB after; " + s.get("holdKiBPerCall")
                    + " KiB per call; " + cls(Boolean.TRUE.equals(s.get("holdPassed"))));
        }
        s.keySet().stream().filter(k -> k.startsWith("callStateReleasedAfter")).findFirst().ifPresent(k -> row(h,
                "Call state (SIP transactions, dialogs, calls) released " + k.replaceAll("\\D", "") + " s after the last call",
                cls(Boolean.TRUE.equals(s.get(k)))));
        Object left = result.get("heapObjectsAfterAllCallsEnded");
        if (left instanceof Map<?, ?> m && !m.isEmpty()) {
            row(h, "Call-state objects on the gateway's heap after the last call (full GC)", esc(String.valueOf(m)));
        }
        h.append("</table>");
    }

    private static String cls(boolean pass) {
        return pass ? "<span class='pass'>pass</span>" : "<span class='fail'>fail</span>";
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void row(StringBuilder h, String k, String v) {
        h.append("<tr><th class='l'>").append(k).append("</th><td class='l'>").append(v).append("</td></tr>");
    }

    private static void phaseCharts(StringBuilder h, String phase, List<StepResult> steps) {
        List<String> labels = steps.stream().map(StepResult::label).toList();
        int n = steps.size();
        double[] x = new double[n];
        double[] offered = new double[n];
        double[] completed = new double[n];
        double[] failed = new double[n];
        double[] p50 = new double[n];
        double[] p95 = new double[n];
        double[] p99 = new double[n];
        double[] gw = new double[n];
        double[] sipp = new double[n];
        double[] machine = new double[n];
        for (int i = 0; i < n; i++) {
            StepResult r = steps.get(i);
            x[i] = i;
            offered[i] = r.offeredCps();
            completed[i] = r.completedCps();
            failed[i] = r.failed();
            p50[i] = r.p("p50Ms");
            p95[i] = r.p("p95Ms");
            p99[i] = r.p("p99Ms");
            Map<?, ?> cpu = (Map<?, ?>) r.resources().get("cpuCoresAvg");
            gw[i] = num(cpu.get("gateway"));
            sipp[i] = num(cpu.get("sipp-uac")) + num(cpu.get("sipp-uas"));
            machine[i] = num(r.resources().get("machineBusyCoresAvg"));
        }
        h.append(Svg.chart("Calls per second: offered vs completed", "step", "calls per second", labels,
                List.of(Svg.Series.dashed("offered", "#7f7f7f", x, offered), Svg.Series.line("completed", "#1f77b4", x, completed)),
                null));
        h.append(Svg.chart("Failed calls per step", "step", "calls", labels,
                List.of(Svg.Series.bars("failed", "#d62728", x, failed)), null));
        String latency = phase.equals("outbound") ? "placeremotecalljwt \u2192 callAnswered latency (ms)" : "INVITE \u2192 200 OK latency (ms)";
        h.append(Svg.chart(latency, "step", "ms", labels, List.of(Svg.Series.line("p50", "#2ca02c", x, p50),
                Svg.Series.line("p95", "#ff7f0e", x, p95), Svg.Series.line("p99", "#d62728", x, p99)), null));
        List<Svg.Series> cpuSeries = new ArrayList<>();
        if (!phase.equals("ceiling")) {
            cpuSeries.add(Svg.Series.line("gateway", "#1f77b4", x, gw));
        }
        cpuSeries.add(Svg.Series.line("SIPp", "#9467bd", x, sipp));
        cpuSeries.add(Svg.Series.dashed("machine (all processes)", "#7f7f7f", x, machine));
        h.append(Svg.chart("CPU, average over the step (cores; the machine has "
                + Runtime.getRuntime().availableProcessors() + ")", "step", "cores", labels, cpuSeries, null));
    }

    private static double num(Object o) {
        return o instanceof Number n ? n.doubleValue() : 0;
    }

    private static void stepTable(StringBuilder h, List<StepResult> steps) {
        h.append("<table><tr><th class='l'>step</th><th>planned</th><th>started</th><th>ok</th><th>failed</th>")
                .append("<th>offered cps</th><th>completed cps</th><th>p50 ms</th><th>p95 ms</th><th>p99 ms</th><th>max ms</th>")
                .append("<th>gateway cpu</th><th>gateway cpu ms/call</th><th>SIPp cpu</th><th>simulator cpu</th><th>other processes cpu</th><th>gateway GC s</th>")
                .append("<th>heap max MiB</th><th class='l'>verdict</th></tr>");
        for (StepResult r : steps) {
            Map<?, ?> cpu = (Map<?, ?>) r.resources().get("cpuCoresAvg");
            h.append("<tr><td class='l'>").append(esc(r.label())).append("</td><td>").append(r.planned()).append("</td><td>")
                    .append(r.attempted()).append("</td><td>").append(r.successful()).append("</td><td>").append(r.failed())
                    .append("</td><td>").append(fmt(r.offeredCps())).append("</td><td>").append(fmt(r.completedCps()))
                    .append("</td><td>").append(fmt(r.p("p50Ms"))).append("</td><td>").append(fmt(r.p("p95Ms")))
                    .append("</td><td>").append(fmt(r.p("p99Ms"))).append("</td><td>").append(fmt(r.p("maxMs")))
                    .append("</td><td>").append(cpu.get("gateway") == null ? "-" : cpu.get("gateway"))
                    .append("</td><td>").append(r.resources().getOrDefault("gatewayCpuMsPerCall", "-"))
                    .append("</td><td>").append(fmt(num(cpu.get("sipp-uac")) + num(cpu.get("sipp-uas"))))
                    .append("</td><td>").append(cpu.get("loadtest") == null ? "-" : cpu.get("loadtest"))
                    .append("</td><td>").append(r.resources().get("otherProcessesCoresAvg"))
                    .append("</td><td>").append(r.resources().getOrDefault("gatewayGcSeconds", "-"))
                    .append("</td><td>").append(r.resources().get("gatewayHeapUsedMaxMiB"))
                    .append("</td><td class='l'>").append(r.pass() ? "<span class='pass'>pass</span>"
                            : "<span class='fail'>fail</span> " + esc(r.verdict())).append("</td></tr>");
        }
        h.append("</table>");
    }

    private static void holdTable(StringBuilder h, HoldResult r) {
        h.append("<table>");
        row(h, "calls, set up at", r.calls() + " at " + r.cps() + " CPS, each held " + r.holdSeconds() + " s");
        row(h, "peak concurrent (device's open calls)", Long.toString(r.peakConcurrent()));
        row(h, "successful / failed", r.successful() + " / " + r.failed());
        row(h, "gateway live heap after full GC: before / at peak / after", r.heapLiveBeforeMiB() + " / "
                + r.heapLiveAtPeakMiB() + " / " + r.heapLiveAfterMiB() + " MiB");
        row(h, "heap per held call", r.kibPerCall() + " KiB");
        row(h, "max heap used, max RSS during the phase", r.heapMaxUsedMiB() + " MiB, " + r.rssMaxMiB() + " MiB");
        row(h, "verdict", r.pass() ? cls(true) : cls(false) + " " + esc(r.verdict()));
        h.append("</table>");
    }

    private static void timelines(StringBuilder h, Map<String, List<StepResult>> phases, List<ProcSampler.Sample> samples) {
        List<Svg.Band> bands = new ArrayList<>();
        String current = null;
        double from = 0;
        double last = 0;
        for (ProcSampler.Sample s : samples) {
            if (!s.phase().equals(current)) {
                if (current != null && !current.isEmpty()) {
                    bands.add(new Svg.Band(from, s.t(), current, PHASE_COLORS.getOrDefault(current, "#eeeeee")));
                }
                current = s.phase();
                from = s.t();
            }
            last = s.t();
        }
        if (current != null && !current.isEmpty()) {
            bands.add(new Svg.Band(from, last, current, PHASE_COLORS.getOrDefault(current, "#eeeeee")));
        }
        int n = samples.size();
        double[] t = new double[n];
        Set<String> procs = new LinkedHashSet<>();
        samples.forEach(s -> procs.addAll(s.cpu().keySet()));
        Map<String, double[]> cpu = new LinkedHashMap<>();
        procs.forEach(p -> cpu.put(p, new double[n]));
        double[] machine = new double[n];
        double[] heap = new double[n];
        double[] committed = new double[n];
        double[] rss = new double[n];
        for (int i = 0; i < n; i++) {
            ProcSampler.Sample s = samples.get(i);
            t[i] = s.t();
            for (String p : procs) {
                Double v = s.cpu().get(p);
                cpu.get(p)[i] = v == null ? Double.NaN : v;
            }
            machine[i] = s.machineBusyCores();
            heap[i] = s.heapUsedMiB() == null ? Double.NaN : s.heapUsedMiB();
            committed[i] = s.heapCommittedMiB() == null ? Double.NaN : s.heapCommittedMiB();
            Double r = s.rssMiB().get("gateway");
            rss[i] = r == null ? Double.NaN : r;
        }
        List<Svg.Series> cpuSeries = new ArrayList<>();
        int c = 0;
        for (var e : cpu.entrySet()) {
            cpuSeries.add(Svg.Series.line(e.getKey(), Svg.PALETTE[c++ % Svg.PALETTE.length], t, e.getValue()));
        }
        cpuSeries.add(Svg.Series.dashed("machine", "#444444", t, machine));
        h.append(Svg.chart("CPU per process (cores, 1 s samples from /proc)", "run time (s)", "cores", null, cpuSeries, bands));
        h.append(Svg.chart("Gateway memory (MiB): Java heap used / committed (jstat), RSS", "run time (s)", "MiB", null,
                List.of(Svg.Series.line("heap used", "#1f77b4", t, heap), Svg.Series.dashed("heap committed", "#1f77b4", t, committed),
                        Svg.Series.line("RSS", "#ff7f0e", t, rss)), bands));
        // INVITE -> 200 per second, from SIPp's per-call response times
        List<Svg.Series> lat = new ArrayList<>();
        int k = 0;
        for (String phase : List.of("ceiling", "inbound")) {
            List<StepResult> steps = phases.get(phase);
            if (steps == null) {
                continue;
            }
            List<double[]> points = new ArrayList<>();
            for (StepResult r : steps) {
                if (r.latencyPerSecond() == null) {
                    continue;
                }
                r.latencyPerSecond().forEach((sec, v) -> points.add(new double[] {Double.parseDouble(sec), v[0], v[1]}));
                points.add(new double[] {r.tEnd(), Double.NaN, Double.NaN});
            }
            points.sort((a, b) -> Double.compare(a[0], b[0]));
            double[] px = new double[points.size()];
            double[] p50 = new double[points.size()];
            double[] p99 = new double[points.size()];
            for (int i = 0; i < points.size(); i++) {
                px[i] = points.get(i)[0];
                p50[i] = points.get(i)[1];
                p99[i] = points.get(i)[2];
            }
            lat.add(Svg.Series.line(phase + " p50", Svg.PALETTE[(k * 2) % 8], px, p50));
            lat.add(Svg.Series.dashed(phase + " p99", Svg.PALETTE[(k * 2 + 1) % 8], px, p99));
            k++;
        }
        if (!lat.isEmpty()) {
            h.append(Svg.chart("INVITE \u2192 200 OK latency per second (ms; SIPp, 1 ms resolution)", "run time (s)", "ms",
                    null, lat, bands));
        }
    }

    private static void hotspotTables(StringBuilder h, List<Map<String, Object>> hotspots) {
        String kind = null;
        for (Map<String, Object> m : hotspots) {
            if (!m.get("kind").equals(kind)) {
                if (kind != null) {
                    h.append("</table>");
                }
                kind = (String) m.get("kind");
                h.append("<h3>").append(esc(kind)).append("</h3><table><tr><th>samples</th><th>%</th><th class='l'>name</th></tr>");
            }
            h.append("<tr><td>").append(m.get("samples")).append("</td><td>").append(m.get("percent"))
                    .append("</td><td class='l'><code>").append(esc(String.valueOf(m.get("name")))).append("</code></td></tr>");
        }
        if (kind != null) {
            h.append("</table>");
        }
    }
}
